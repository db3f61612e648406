#include <algorithm>
#include <iterator>

#include "text/abbreviations_internal.h"

namespace claimgraph::text::internal {

namespace {

// Titles, ranks, company suffixes, places and months as wire copy writes
// them. "No." and its kin are ordinary words too ("the answer is No."), so
// they are kept apart and only count in front of a number.
constexpr std::string_view kNews[] = {
    "Sen.",   "Sens.", "Rep.",  "Reps.",   "Gov.",  "Govs.", "Gen.",  "Lt.",   "Col.",   "Maj.",
    "Capt.",  "Cmdr.", "Adm.",  "Sgt.",    "Cpl.",  "Pvt.",  "Mr.",   "Mrs.",  "Ms.",    "Messrs.",
    "Dr.",    "Prof.", "Rev.",  "Hon.",    "Pres.", "Amb.",  "Atty.", "Supt.", "St.",    "Ste.",
    "Jr.",    "Sr.",   "Inc.",  "Corp.",   "Co.",   "Ltd.",  "Bros.", "Mt.",   "Ft.",    "Ave.",
    "Blvd.",  "U.S.",  "U.K.",  "U.N.",    "E.U.",  "D.C.",  "L.A.",  "N.Y.",  "U.S.A.", "Jan.",
    "Feb.",   "Mar.",  "Apr.",  "Jun.",    "Jul.",  "Aug.",  "Sep.",  "Sept.", "Oct.",   "Nov.",
    "Dec.",   "vs.",   "etc.",  "approx.", "est.",  "Ph.D.", "a.m.",  "p.m.",  "e.g.",   "i.e.",
    "Calif.", "Fla.",  "Mass.", "Penn.",   "Conn.", "Ariz.",
};

constexpr std::string_view kBeforeNumber[] = {"No.", "Nos.", "Vol.", "Art."};

}  // namespace

bool IsAbbreviationStem(std::string_view word, bool before_number) {
  const auto matches = [&](std::string_view abbreviation) {
    return abbreviation.size() == word.size() + 1 && abbreviation.starts_with(word);
  };
  return std::any_of(std::begin(kNews), std::end(kNews), matches) ||
         (before_number &&
          std::any_of(std::begin(kBeforeNumber), std::end(kBeforeNumber), matches));
}

}  // namespace claimgraph::text::internal
