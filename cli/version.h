// The version of chronicle, written into the timelines it builds.

#ifndef CHRONICLE_CLI_VERSION_H_
#define CHRONICLE_CLI_VERSION_H_

namespace chronicle::cli {

inline constexpr const char kVersion[] = "0.1.0";

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_VERSION_H_
