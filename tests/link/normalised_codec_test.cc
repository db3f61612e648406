// The stored form of normalised contents (relation.h: EncodeNormalised,
// DecodeNormalised, NormaliseForStorage, NormaliseCandidate): a candidate
// compared through its stored form is judged exactly as one analysed again.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "link/linker.h"
#include "link/relation.h"

namespace claimgraph::link {
namespace {

NormalisedContent Of(const std::string& content, Polarity polarity = Polarity::kAsserted,
                     bool hedged = false) {
  return Normalise(content, {Span{0, content.size()}}, polarity, hedged);
}

const std::vector<std::string>& Contents() {
  static const std::vector<std::string> kContents = {
      "Russian troops are pulling back from the border",
      "there is no sign of a Russian pullback from the border",
      "Harlow Motors will close its Dunmore plant only if sales don't recover",
      "the company would cut 1,200 jobs at the Dunmore site, reportedly",
      "the claims of a withdrawal are a hoax",
      "that",
      "",
      "Ünïcode names like Zürich and \"quoted | odd; bytes\" 3.7% survive",
  };
  return kContents;
}

std::string Features(const NormalisedContent& a, const NormalisedContent& b) {
  const PairFeatures f = ComputePairFeatures(a, b, 1.5);
  const PairJudgement j = ClassifyPair(f);
  return std::string(ToString(j.relation)) + " " + std::to_string(j.score) + " " + j.signal +
         " " + std::to_string(f.overlap.coefficient) + " " + std::to_string(f.overlap.jaccard) +
         " " + f.predicate + "/" + f.anchor + " " + std::to_string(f.number_mismatch) +
         std::to_string(f.name_conflict) + std::to_string(f.hedge_asymmetry) +
         std::to_string(f.debunk_asymmetry) + std::to_string(f.opposition);
}

TEST_CASE("Normalised codec: a decoded content is judged as the analysed one", "[link]") {
  for (const std::string& a : Contents()) {
    for (const std::string& b : Contents()) {
      for (Polarity polarity : {Polarity::kAsserted, Polarity::kDenied}) {
        INFO(a << " | " << b);
        const NormalisedContent theirs = Of(b, polarity, b.size() % 2 == 0);
        NormalisedContent decoded;
        REQUIRE(DecodeNormalised(EncodeNormalised(theirs), &decoded));
        CHECK(EncodeNormalised(decoded) == EncodeNormalised(theirs));
        CHECK(Features(Of(a), decoded) == Features(Of(a), theirs));
      }
    }
  }
}

TEST_CASE("Normalised codec: damaged or foreign values are refused", "[link]") {
  const std::string good = EncodeNormalised(Of(Contents()[0]));
  NormalisedContent out = Of(Contents()[3]);
  const std::string before = EncodeNormalised(out);
  for (const std::string& bad :
       {std::string(""), good.substr(0, good.size() - 1), good + "x",
        good.substr(0, 3) + "2" + good.substr(4),  // another version
        std::string("2,N1000000999999999,"), std::string("not an encoded value")}) {
    INFO(bad);
    CHECK_FALSE(DecodeNormalised(bad, &out));
    CHECK(EncodeNormalised(out) == before);  // left unchanged
  }
}

TEST_CASE("Normalised codec: a candidate's stored form stands in for its text", "[link]") {
  Candidate c{7, 3, "Pentagon", Polarity::kDenied,
              "Russian forces are withdrawing from the frontier"};
  c.hedged = true;
  const std::string analysed = EncodeNormalised(NormaliseCandidate(c));
  CHECK(analysed == EncodeNormalised(Of(c.content, Polarity::kDenied, true)));
  // The stored form is what is compared, not the text (which it came from).
  c.normalised = EncodeNormalised(Of("an unrelated sentence about harvests"));
  CHECK(EncodeNormalised(NormaliseCandidate(c)) == c.normalised);
  // A damaged stored form falls back to the text.
  c.normalised = "N1garbage";
  CHECK(EncodeNormalised(NormaliseCandidate(c)) == analysed);
}

TEST_CASE("NormaliseForStorage: the content on its own, as a candidate carries it", "[link]") {
  const std::string text = "\"Troops will stay,\" he said, \"and drills go on.\" Troops will stay.";
  Statement one;
  one.content = {Span{text.rfind("Troops"), text.size() - 1}};
  Statement two;
  two.content = {Span{1, 17}, Span{30, 46}};
  two.polarity = Polarity::kDenied;
  for (const Statement* s : {&one, &two}) {
    const NormalisedContent mine = Normalise(text, s->content, s->polarity, s->hedged);
    const std::string content = s->ContentText(text);
    INFO(content);
    CHECK(EncodeNormalised(NormaliseForStorage(text, *s, mine)) ==
          EncodeNormalised(Of(content, s->polarity, s->hedged)));
  }
}

}  // namespace
}  // namespace claimgraph::link
