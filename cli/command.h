// How a `chronicle` subcommand is declared. chronicle_main.cc holds the table
// of commands; each command lives in its own *_command.cc and reads only the
// flags it lists, so `chronicle COMMAND --help` can print just those.
//
//   int RunDates(const std::vector<std::string>& args);   // args after the command name

#ifndef CHRONICLE_CLI_COMMAND_H_
#define CHRONICLE_CLI_COMMAND_H_

#include <string>
#include <vector>

namespace chronicle::cli {

// Exit codes shared by every command.
enum ExitCode : int {
  kExitOk = 0,
  kExitError = 1,  // bad input or a failed write
  kExitUsage = 2,  // bad flags or arguments
};

struct Command {
  const char* name;
  const char* summary;  // one line for `chronicle --help`
  const char* usage;    // synopsis and description for `chronicle NAME --help`
  std::vector<std::string> flags;  // names of the flags it reads
  int (*run)(const std::vector<std::string>& args);  // positional arguments
};

// Prints "chronicle NAME: message" to standard error; returns `code`.
int Fail(const char* command, const std::string& message, int code = kExitError);

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_COMMAND_H_
