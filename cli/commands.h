// The subcommands of the `chronicle` tool, each defined in its own file.
// Every Run* function takes the positional arguments after the command name
// (flags are already parsed) and returns an ExitCode.

#ifndef CHRONICLE_CLI_COMMANDS_H_
#define CHRONICLE_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "cli/command.h"

namespace chronicle::cli {

int RunDates(const std::vector<std::string>& args);       // dates_command.cc
int RunTimeml(const std::vector<std::string>& args);      // timeml_command.cc
int RunExtract(const std::vector<std::string>& args);     // extract_command.cc
int RunChronology(const std::vector<std::string>& args);  // chronology_command.cc
int RunQuery(const std::vector<std::string>& args);       // query_command.cc
int RunIcs(const std::vector<std::string>& args);         // ics_command.cc

// The table of commands, in the order `chronicle --help` lists them.
const std::vector<Command>& AllCommands();

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_COMMANDS_H_
