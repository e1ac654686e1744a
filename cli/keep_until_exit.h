// Holds a command's large results until the process exits, instead of
// destroying them just before it does.
//
//   Timeline& timeline = KeepUntilExit(BuildTimeline(std::move(per_document), build));
//
// Why: `chronicle extract` over 4 MB of news ends with a timeline of about a
// million protobuf fields and strings; freeing them one by one cost about 1.3%
// of the whole run, only for the operating system to take the memory back a
// moment later anyway. A command calls this once per value, for values it
// would otherwise destroy on its way out.
//
// What is kept stays reachable from a global list, so a leak checker
// (LeakSanitizer under --config=asan) does not report it.

#ifndef CHRONICLE_CLI_KEEP_UNTIL_EXIT_H_
#define CHRONICLE_CLI_KEEP_UNTIL_EXIT_H_

#include <type_traits>
#include <utility>
#include <vector>

namespace chronicle::cli {

// The kept values, by address. Never destroyed (a plain pointer to a heap
// vector), so nothing here runs at exit; a pointer to each value keeps it
// reachable.
inline std::vector<const void*>& KeptValues() {
  static std::vector<const void*>* const kept = new std::vector<const void*>();
  return *kept;
}

// Moves `value` to storage that lives until the process exits and returns it.
template <typename T>
T& KeepUntilExit(T&& value) {
  static_assert(!std::is_lvalue_reference_v<T>, "KeepUntilExit takes a value to move");
  T* kept = new T(std::move(value));
  KeptValues().push_back(kept);
  return *kept;
}

}  // namespace chronicle::cli

#endif  // CHRONICLE_CLI_KEEP_UNTIL_EXIT_H_
