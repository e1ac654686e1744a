// chronicle: reads news articles and returns a timeline of their events.
//
//   chronicle dates --published 2025-08-13 article.txt
//   chronicle extract articles.jsonl --output story.pb
//   chronicle chronology story.pb
//
// This file only dispatches; each command lives in cli/*_command.cc and the
// work in the libraries under extractor/ and timeline/.

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "cli/commands.h"
#include "cli/flags.h"

namespace chronicle::cli {
namespace {

void PrintTopHelp() {
  std::printf("chronicle: an event and timeline extractor for news.\n\n");
  std::printf("Usage: chronicle COMMAND [flags] [FILE...]\n\nCommands:\n");
  for (const Command& c : AllCommands()) std::printf("  %-11s %s\n", c.name, c.summary);
  std::printf("\nRun 'chronicle COMMAND --help' for a command's flags.\n");
}

void PrintCommandHelp(const Command& c) {
  std::printf("%s\n", c.usage);
  if (c.flags.empty()) return;
  std::printf("\nFlags:\n");
  for (const std::string& name : c.flags) {
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr) continue;
    std::string dashed = name;
    for (char& ch : dashed) ch = ch == '_' ? '-' : ch;
    std::printf("  --%s (default: \"%s\")\n      %s\n", dashed.c_str(), flag->DefaultValue().c_str(),
                flag->Help().c_str());
  }
}

const Command* FindCommand(const char* name) {
  for (const Command& c : AllCommands()) {
    if (std::strcmp(c.name, name) == 0) return &c;
  }
  return nullptr;
}

bool IsHelp(const char* arg) {
  return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "-help") == 0 ||
         std::strcmp(arg, "help") == 0;
}

// Flags may be written with dashes (--out-dir) or underscores (--out_dir);
// absl knows only the underscore names.
std::vector<std::string> NormalizeFlagNames(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  for (std::string& a : args) {
    if (a == "--") break;
    if (a.size() < 3 || a[0] != '-' || a[1] != '-') continue;
    const size_t stop = std::min(a.find('='), a.size());
    for (size_t i = 2; i < stop; ++i) a[i] = a[i] == '-' ? '_' : a[i];
  }
  return args;
}

// Rejects chronicle flags on the command line that this command does not
// read, so that a misplaced flag is not silently ignored. `args` are the
// normalised arguments (underscores in names).
bool CheckFlagsApply(const Command& c, const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a == "--") break;
    if (a.size() < 3 || a[0] != '-' || a[1] != '-') continue;
    std::string name = a.substr(2, a.find('=') == std::string::npos ? std::string::npos : a.find('=') - 2);
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr && name.rfind("no", 0) == 0) {
      name = name.substr(2);
      flag = absl::FindCommandLineFlag(name);
    }
    if (flag == nullptr || flag->Filename().find("cli/flags.cc") == std::string::npos) continue;
    if (std::find(c.flags.begin(), c.flags.end(), name) != c.flags.end()) continue;
    for (char& ch : name) ch = ch == '_' ? '-' : ch;
    std::fprintf(stderr, "chronicle %s: flag --%s does not apply to this command (see --help)\n", c.name,
                 name.c_str());
    return false;
  }
  return true;
}

// Checks every flag on the command line before absl parses it, so that an
// unknown flag or a bad value is a one-line usage error (exit 2) that names
// the command, rather than absl's own message and exit 1. `args` are the
// normalised arguments after the command name (underscores in names).
bool CheckFlagSyntax(const Command& c, const std::vector<std::string>& args) {
  const auto fail = [&](const std::string& message) {
    std::fprintf(stderr, "chronicle %s: %s (see 'chronicle %s --help')\n", c.name, message.c_str(), c.name);
    return false;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a.size() < 2 || a[0] != '-') continue;
    const size_t dashes = a[1] == '-' ? 2 : 1;
    const size_t eq = a.find('=');
    std::string name = a.substr(dashes, eq == std::string::npos ? std::string::npos : eq - dashes);
    std::string dashed = name;
    for (char& ch : dashed) ch = ch == '_' ? '-' : ch;
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) continue;  // "-", "-5"
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr && name.rfind("no", 0) == 0) {
      absl::CommandLineFlag* negated = absl::FindCommandLineFlag(name.substr(2));
      if (negated != nullptr && negated->IsOfType<bool>() && eq == std::string::npos) continue;
    }
    if (flag == nullptr) return fail("unknown flag --" + dashed);
    std::string value;
    if (eq != std::string::npos) {
      value = a.substr(eq + 1);
    } else if (flag->IsOfType<bool>()) {
      continue;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return fail("flag --" + dashed + " needs a value");
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) return fail("--" + dashed + ": bad value '" + value + "'");
  }
  return true;
}

}  // namespace

int Main(int argc, char** argv) {
  absl::SetProgramUsageMessage("chronicle COMMAND [flags] [FILE...]; run 'chronicle --help'.");
  if (argc < 2) {
    std::string names;
    for (const Command& c : AllCommands()) names += (names.empty() ? "" : ", ") + std::string(c.name);
    std::fprintf(stderr, "chronicle: missing COMMAND (%s); run 'chronicle --help'\n", names.c_str());
    return kExitUsage;
  }
  if (IsHelp(argv[1])) {
    PrintTopHelp();
    return kExitOk;
  }
  const Command* command = FindCommand(argv[1]);
  if (command == nullptr) {
    std::fprintf(stderr, "chronicle: unknown command '%s'; run 'chronicle --help'\n", argv[1]);
    return kExitUsage;
  }
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) break;
    if (IsHelp(argv[i]) && std::strcmp(argv[i], "help") != 0) {
      PrintCommandHelp(*command);
      return kExitOk;
    }
  }
  std::vector<std::string> normalized = NormalizeFlagNames(argc, argv);
  std::vector<char*> raw;
  for (std::string& a : normalized) raw.push_back(a.data());
  // absl parses from argv[1]; drop the command name so it reads as positional.
  raw.erase(raw.begin() + 1);
  if (!CheckFlagSyntax(*command, std::vector<std::string>(normalized.begin() + 2, normalized.end()))) {
    return kExitUsage;
  }
  if (!CheckFlagsApply(*command, normalized)) return kExitUsage;
  std::vector<char*> positional = absl::ParseCommandLine(static_cast<int>(raw.size()), raw.data());
  std::vector<std::string> args(positional.begin() + 1, positional.end());
  return command->run(args);
}

int Fail(const char* command, const std::string& message, int code) {
  // Errors are one line. Some library messages (protobuf's JSON parser) add
  // a line with a caret under the column; drop such lines, join the rest.
  std::string line;
  size_t start = 0;
  while (start <= message.size()) {
    const size_t end = std::min(message.find('\n', start), message.size());
    std::string_view part(message.data() + start, end - start);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    if (start > 0) {
      while (!part.empty() && (part.front() == ' ' || part.front() == '^')) part.remove_prefix(1);
    }
    if (!part.empty()) {
      if (!line.empty() && part.front() != ')') line += ' ';
      line.append(part.data(), part.size());
    }
    start = end + 1;
  }
  std::fprintf(stderr, "chronicle %s: %s\n", command, line.c_str());
  return code;
}

const std::vector<Command>& AllCommands() {
  static const auto* commands = new std::vector<Command>{
      {"dates", "find and resolve the time expressions of a text",
       "Usage: chronicle dates --published YYYY-MM-DD [--format table|json] FILE|-\n\n"
       "Finds every time expression in FILE (or standard input) and resolves it against\n"
       "the publication date. Prints a table, or with --format json an object whose\n"
       "timeExpressions[] carry begin and end (byte offsets, end exclusive), text, type\n"
       "and value.",
       {"published", "time_zone", "format", "progress"},
       RunDates},
      {"timeml", "annotate TimeML documents with TIMEX3 (TempEval-3 protocol)",
       "Usage: chronicle timeml IN.tml            (writes to standard output)\n"
       "       chronicle timeml --out-dir DIR IN.tml...\n\n"
       "Reads a TimeML document, anchors to its DCT, ignores any markup already inside\n"
       "<TEXT>, and writes the same document with TIMEX3 elements inside <TEXT>. The\n"
       "text stays the same to the byte.",
       {"out_dir", "keep_going", "progress"},
       RunTimeml},
      {"extract", "extract events and build a timeline from articles",
       "Usage: chronicle extract [--published YYYY-MM-DD] [--format F] [--output FILE] INPUT...\n\n"
       "INPUT is a text file (needs --published), a .jsonl stream of {\"id\", \"published\",\n"
       "\"title\", \"text\"}, a TimeML .tml file, or - for standard input. Finds meetings,\n"
       "summits, talks, calls, visits and listed events with their actors, place, time and\n"
       "status, merges the reports of many articles, and writes a Timeline.\n"
       "Formats: text (default on a terminal), json, textproto, binary (default for .pb).",
       {"published", "time_zone", "format", "output", "actors", "keep_going", "threads", "progress",
        "previous", "quote"},
       RunExtract},
      {"chronology", "print a timeline as a Markdown chronology",
       "Usage: chronicle chronology TIMELINE\n\n"
       "Prints a dated line per event with its status, participants and place, and links\n"
       "to the articles and sentences it came from. TIMELINE is .pb, .json or .textproto.",
       {"output", "quote"},
       RunChronology},
      {"query", "filter a timeline by actor, dates, type, status or place",
       "Usage: chronicle query [--actor NAME] [--from D] [--to D] [--type T] [--status S]\n"
       "                       [--place P] [--format chronology|json|textproto] TIMELINE\n\n"
       "Prints the events that pass every filter. --actor matches any name or alias of an\n"
       "actor; an unknown name gives an empty result and a hint with the closest names.",
       {"actor", "from", "to", "type", "status", "place", "format", "output", "quote"},
       RunQuery},
      {"ics", "write a timeline's dated events as an iCalendar (RFC 5545) feed",
       "Usage: chronicle ics [--default-tz ZONE] [--include-coarse] [--output FILE] TIMELINE\n\n"
       "Timed events carry a TZID and its VTIMEZONE, day events are all-day events, and\n"
       "UIDs are stable across runs and rebuilds.",
       {"default_tz", "include_coarse", "output", "actor", "from", "to", "type", "status", "place"},
       RunIcs},
  };
  return *commands;
}

}  // namespace chronicle::cli

int main(int argc, char** argv) { return chronicle::cli::Main(argc, argv); }
