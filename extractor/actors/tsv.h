// Reads the tab-separated data files of the gazetteers: one record a line,
// fields split by tabs, lists inside a field split by '|'. Blank lines and
// lines starting with '#' are skipped; line numbers are kept for errors.
//
//   TsvReader reader(File("actors.tsv"));
//   TsvRecord record;
//   while (reader.Next(&record)) Use(record.line, record.fields);

#ifndef CHRONICLE_EXTRACTOR_ACTORS_TSV_H_
#define CHRONICLE_EXTRACTOR_ACTORS_TSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

struct TsvRecord {
  int line = 0;                          // 1-based line number
  std::vector<std::string_view> fields;  // trimmed of spaces and '\r'
  // The field at `index`, or an empty view past the last field.
  std::string_view field(size_t index) const {
    return index < fields.size() ? fields[index] : std::string_view();
  }
};

class TsvReader {
 public:
  explicit TsvReader(std::string_view data) : data_(data) {}
  // Reads the next record; false at the end of the data.
  bool Next(TsvRecord* record);

 private:
  std::string_view data_;
  size_t pos_ = 0;
  int line_ = 0;
};

// Splits a '|'-separated list, trimming each item and dropping empty ones.
std::vector<std::string_view> SplitList(std::string_view field);

// `text` without leading and trailing spaces, tabs and '\r'.
std::string_view TrimSpace(std::string_view text);

// "where:line: message", the form of every data error.
std::string DataError(std::string_view where, int line, std::string_view message);

}  // namespace chronicle

#endif  // CHRONICLE_EXTRACTOR_ACTORS_TSV_H_
