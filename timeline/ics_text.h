// The text layer of iCalendar (RFC 5545): escaping TEXT values, and writing
// content lines folded at 75 octets with CRLF line ends.
//
//   IcsWriter out;
//   out.Line("SUMMARY", EscapeIcsText("Talks; Oslo, Norway"));  // SUMMARY:Talks\; Oslo\, Norway
//   out.text();  // every line ends in CRLF; long lines go on in lines that
//                // start with one space, never cutting a UTF-8 character
//
// Section 3.1 of the RFC says lines SHOULD NOT be longer than 75 octets
// excluding the line break, and section 3.3.11 lists the TEXT escapes:
// backslash, semicolon, comma and newline.

#ifndef CHRONICLE_TIMELINE_ICS_TEXT_H_
#define CHRONICLE_TIMELINE_ICS_TEXT_H_

#include <string>
#include <string_view>

namespace chronicle {

// Escapes a TEXT value. Newlines (LF, CRLF or CR) become "\n"; other control
// characters, which TEXT may not hold, are dropped (a tab is kept).
std::string EscapeIcsText(std::string_view text);

// One content line (without its line break), folded, with CRLF after each
// physical line.
std::string FoldIcsLine(std::string_view line);

// Accumulates the content lines of a calendar.
class IcsWriter {
 public:
  // Writes "NAME:VALUE"; `name` may carry parameters ("DTSTART;TZID=UTC").
  // TEXT values must already be escaped.
  void Line(std::string_view name, std::string_view value);
  void Begin(std::string_view component) { Line("BEGIN", component); }
  void End(std::string_view component) { Line("END", component); }

  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

}  // namespace chronicle

#endif  // CHRONICLE_TIMELINE_ICS_TEXT_H_
