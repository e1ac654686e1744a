// Every command-line flag of the `chronicle` tool. The flags live in one
// place because absl flags are global to the binary; each command names the
// subset it reads in its Command entry (command.h), and `--help` after a
// command shows only those.

#ifndef CHRONICLE_CLI_FLAGS_H_
#define CHRONICLE_CLI_FLAGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, published);
ABSL_DECLARE_FLAG(std::string, time_zone);
ABSL_DECLARE_FLAG(std::string, format);
ABSL_DECLARE_FLAG(std::string, output);
ABSL_DECLARE_FLAG(std::string, out_dir);
ABSL_DECLARE_FLAG(std::vector<std::string>, actors);
ABSL_DECLARE_FLAG(bool, keep_going);
ABSL_DECLARE_FLAG(int32_t, threads);
ABSL_DECLARE_FLAG(bool, progress);
ABSL_DECLARE_FLAG(std::string, previous);
ABSL_DECLARE_FLAG(std::string, actor);
ABSL_DECLARE_FLAG(std::string, from);
ABSL_DECLARE_FLAG(std::string, to);
ABSL_DECLARE_FLAG(std::string, type);
ABSL_DECLARE_FLAG(std::string, status);
ABSL_DECLARE_FLAG(std::string, place);
ABSL_DECLARE_FLAG(std::string, default_tz);
ABSL_DECLARE_FLAG(bool, include_coarse);
ABSL_DECLARE_FLAG(bool, quote);

#endif  // CHRONICLE_CLI_FLAGS_H_
