#include "extractor/temporal/zones.h"

#include <cstdio>
#include <mutex>
#include <vector>

#include "date/tz.h"

namespace chronicle::temporal {
namespace {

struct ZoneTable {
  std::mutex mutex;
  std::vector<const date::time_zone*> zones;
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
  const date::time_zone* zone = ZoneAt(index);
  return zone == nullptr ? "" : std::string(zone->name());
}

std::optional<date::sys_seconds> ToUtc(int index, LocalSeconds local) {
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
