// Speaker resolution: canonical names, pronouns and short names.
#include "extract/speaker_resolver.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/tokens.h"

namespace claimgraph::extract {
namespace {

// Tokens of `mention`, which must outlive them (spans point into it).
std::vector<text::Token> TokensOf(const std::string& mention) {
  return text::Tokenize(mention, Span{0, mention.size()});
}

CanonicalMention Canon(const std::string& mention) {
  return Canonicalize(TokensOf(mention), mention);
}

TEST_CASE("Canonicalize: strips titles and roles to the person's name", "[extract]") {
  struct Row {
    const char* mention;
    const char* name;
  };
  const std::vector<Row> rows = {
      {"Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"},
      {"US President Joe Biden", "Joe Biden"},
      {"Secretary of State John Kerry", "John Kerry"},
      {"longtime Democratic pollster Pat Caddell", "Pat Caddell"},
      {"John Gruber of Daring Fireball", "John Gruber"},
  };
  for (const Row& r : rows) {
    INFO(r.mention);
    const CanonicalMention m = Canon(r.mention);
    CHECK(m.name == r.name);
    CHECK(m.kind == SpeakerKind::kPerson);
  }
}

TEST_CASE("Canonicalize: drops determiners and keeps group wording", "[extract]") {
  struct Row {
    const char* mention;
    const char* name;
    SpeakerKind kind;
  };
  const std::vector<Row> rows = {
      {"the French presidential office", "French presidential office", SpeakerKind::kOrganisation},
      {"top US and European officials", "top US and European officials", SpeakerKind::kGroup},
      {"the US and its allies", "US and its allies", SpeakerKind::kGroup},
      {"western officials", "western officials", SpeakerKind::kGroup},
      {"a spokesman for the ministry", "ministry", SpeakerKind::kOrganisation},
      {"the Kremlin's spokesman", "Kremlin", SpeakerKind::kOrganisation},
      {"Scientists", "Scientists", SpeakerKind::kGroup},
      {"the Russian Foreign Ministry", "Russian Foreign Ministry", SpeakerKind::kOrganisation},
  };
  for (const Row& r : rows) {
    INFO(r.mention);
    const CanonicalMention m = Canon(r.mention);
    CHECK(m.name == r.name);
    CHECK(m.kind == r.kind);
  }
}

TEST_CASE("Canonicalize: marks pronouns and single names for resolution", "[extract]") {
  CHECK(Canon("He").kind == SpeakerKind::kPronoun);
  CHECK(Canon("He").name == "he");
  CHECK(Canon("Peskov").kind == SpeakerKind::kShortName);
  CHECK(Canon("Mr. Peskov").name == "Peskov");
}

// Resolves mentions in order through one resolver, as in one article.
std::vector<std::string> ResolveAll(const std::vector<std::string>& mentions) {
  SpeakerResolver resolver;
  std::vector<std::string> out;
  for (const std::string& m : mentions) out.push_back(resolver.Resolve(TokensOf(m), m));
  return out;
}

TEST_CASE("SpeakerResolver: resolves he/she to the last person who spoke", "[extract]") {
  const auto out = ResolveAll({"Kremlin spokesman Dmitry Peskov", "US officials", "He"});
  CHECK(out[2] == "Dmitry Peskov");
}

TEST_CASE("SpeakerResolver: resolves they to the last group and it to an organisation",
          "[extract]") {
  const auto out = ResolveAll({"top US and European officials", "Kremlin spokesman Dmitry Peskov",
                               "they", "the French presidential office", "Dmitry Peskov", "it"});
  CHECK(out[2] == "top US and European officials");
  CHECK(out[5] == "French presidential office");
}

TEST_CASE("SpeakerResolver: expands a surname to the full name seen earlier", "[extract]") {
  const auto out =
      ResolveAll({"Kremlin spokesman Dmitry Peskov", "Moscow", "Peskov", "Mr. Peskov"});
  CHECK(out[1] == "Moscow");
  CHECK(out[2] == "Dmitry Peskov");
  CHECK(out[3] == "Dmitry Peskov");
}

TEST_CASE("SpeakerResolver: an unresolvable pronoun or name stays as written", "[extract]") {
  const auto out = ResolveAll({"she", "Okafor"});
  CHECK(out[0] == "she");
  CHECK(out[1] == "Okafor");
}

TEST_CASE("SpeakerResolver: persons noted in narrative resolve surnames, not pronouns",
          "[extract]") {
  SpeakerResolver resolver;
  resolver.NotePerson("Helen Marsh");
  const std::string he = "he";
  CHECK(resolver.Resolve(TokensOf(he), he) == "he");
  const std::string marsh = "Marsh";
  CHECK(resolver.Resolve(TokensOf(marsh), marsh) == "Helen Marsh");
  const std::string helen = "Helen";
  CHECK(resolver.Resolve(TokensOf(helen), helen) == "Helen Marsh");
}

}  // namespace
}  // namespace claimgraph::extract
