#include "extractor/temporal/zones.h"

#include <cstdio>
#include <mutex>
#include <string_view>
#include <vector>

#include "date/tz.h"

namespace chronicle::temporal {
namespace {

// UTC has no rules to look up, and news names it more than any other zone
// ("0735 GMT"); finding it in the tz database would read the whole database
// first (about 5 ms, 650 files), so it keeps a fixed index of its own.
constexpr int kUtcIndex = 0;
constexpr std::string_view kUtcName = "Etc/UTC";

bool IsUtc(std::string_view name) { return name == kUtcName || name == "UTC" || name == "Etc/GMT"; }

struct ZoneTable {
  std::mutex mutex;
  std::vector<const date::time_zone*> zones{nullptr};  // [kUtcIndex]: UTC, not looked up
};

ZoneTable& Table() {
  static auto* table = new ZoneTable;
  return *table;
}

const date::time_zone* ZoneAt(int index) {
  ZoneTable& t = Table();
  std::lock_guard<std::mutex> lock(t.mutex);
  if (index < 0 || index >= static_cast<int>(t.zones.size())) return nullptr;
  return t.zones[index];
}

}  // namespace

int ZoneIndex(std::string_view iana_name) {
  if (IsUtc(iana_name)) return kUtcIndex;
  const date::time_zone* zone = nullptr;
  try {
    zone = date::locate_zone(iana_name);
  } catch (const std::exception&) {
    return -1;
  }
  ZoneTable& t = Table();
  std::lock_guard<std::mutex> lock(t.mutex);
  for (size_t i = 0; i < t.zones.size(); ++i) {
    if (t.zones[i] == zone) return static_cast<int>(i);
  }
  t.zones.push_back(zone);
  return static_cast<int>(t.zones.size()) - 1;
}

std::string ZoneName(int index) {
  if (index == kUtcIndex) return std::string(kUtcName);
  const date::time_zone* zone = ZoneAt(index);
  return zone == nullptr ? "" : std::string(zone->name());
}

std::optional<date::sys_seconds> ToUtc(int index, LocalSeconds local) {
  if (index == kUtcIndex) return date::sys_seconds{local.time_since_epoch()};
  const date::time_zone* zone = ZoneAt(index);
  if (zone == nullptr) return std::nullopt;
  const date::local_info info = zone->get_info(local);
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:
      return date::sys_seconds{local.time_since_epoch() - info.first.offset};
    case date::local_info::nonexistent:
      return date::sys_seconds{local.time_since_epoch() - info.first.offset};
  }
  return std::nullopt;
}

std::string FormatUtc(date::sys_seconds t) {
  return FormatLocal(LocalSeconds{t.time_since_epoch()}) + "Z";
}

}  // namespace chronicle::temporal
