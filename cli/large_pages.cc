// Asks mimalloc to back its heap with 2 MiB transparent huge pages.
//
// Why: on the virtual machines chronicle is measured on, a first touch of a
// 4 KiB page costs about 11 microseconds, and a run over 4 MB of news
// touches thousands of fresh heap pages (`chronicle extract` about 9,400 of
// them). With huge pages the same run takes a few hundred faults, which cut
// `extract`'s wall time by about a third and `dates`' by about a seventh
// (bench/run_benchmarks.sh; numbers in the README).
//
// mimalloc decides per OS allocation whether to madvise(MADV_HUGEPAGE), and
// its first segment is taken during static initialisation, before main and
// before this binary's own constructors. A function in .preinit_array runs
// earlier than any shared library's initialiser, so the option is set before
// mimalloc allocates anything. Setting an option only writes a static
// variable in mimalloc; it allocates nothing.
//
// A MIMALLOC_LARGE_OS_PAGES in the environment still wins, so
// MIMALLOC_LARGE_OS_PAGES=0 turns this off.

#include <cstring>

#include <mimalloc.h>

namespace {

// libc's `environ` may not be set yet this early, so the loader's own
// environment vector is searched.
bool HasVariable(char** envp, const char* prefix) {
  for (char** entry = envp; entry != nullptr && *entry != nullptr; ++entry) {
    if (std::strncmp(*entry, prefix, std::strlen(prefix)) == 0) return true;
  }
  return false;
}

void AskForLargePages(int, char**, char** envp) {
  if (HasVariable(envp, "MIMALLOC_LARGE_OS_PAGES=")) return;
  mi_option_enable(mi_option_large_os_pages);
}

__attribute__((section(".preinit_array"), used)) void (*const kAskForLargePages)(int, char**, char**) =
    &AskForLargePages;

}  // namespace
