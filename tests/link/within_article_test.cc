#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "link/linker.h"
#include "link_test_util.h"

namespace claimgraph::link {
namespace {

using testing::BuildAll;
using testing::Dump;
using testing::Spec;

const char kSeedArticle[] = "seed/kremlin-summit.txt";

constexpr Polarity kDenied = Polarity::kDenied;
constexpr Polarity kAsserted = Polarity::kAsserted;

// The statements an extractor finds in the seed article, plus two narrative
// sentences.
std::vector<Spec> SeedSpecs() {
  return {
      {"kremlin-no-plans",
       "there are \xE2\x80\x9Cno concrete plans\xE2\x80\x9D for a summit between US President Joe "
       "Biden and Russian President Vladimir Putin",
       "", "The Kremlin", "said", "Kremlin", "say", kAsserted, StatementKind::kMixed},
      {"us-officials-condition",
       "the meeting, proposed by French President Emmanuel Macron, would occur only if Russia "
       "doesn\xE2\x80\x99t invade Ukraine",
       "", "US officials", "said", "US officials", "say"},
      {"french-office-focus",
       "The discussion would focus on security and strategic stability in Europe, followed by a "
       "second summit with relevant stakeholders",
       "", "the French presidential office", "said in a statement", "French presidential office",
       "say"},
      {"peskov-possibility", "the possibility of a presidential meeting", "",
       "Kremlin spokesman Dmitry Peskov", "didn\xE2\x80\x99t rule out", "Dmitry Peskov",
       "rule out"},
      {"peskov-premature", "said that\xE2\x80\x99s \xE2\x80\x9Cpremature.\xE2\x80\x9D",
       "that\xE2\x80\x99s \xE2\x80\x9Cpremature.\xE2\x80\x9D", "Kremlin spokesman Dmitry Peskov",
       "said", "Dmitry Peskov", "say", kAsserted, StatementKind::kMixed},
      {"peskov-agreed",
       "Macron and Putin had agreed details only on continuing dialogue at the level of foreign "
       "ministers",
       "", "Peskov", "said", "Dmitry Peskov", "say"},
      {"peskov-council", "Putin is holding a special meeting of his Security Council", "", "He",
       "announced", "Dmitry Peskov", "announce"},
      {"narrative-body",
       "The body\xE2\x80\x99s infrequent meetings are often devoted to major policy issues", "", "",
       "", "", ""},
      {"moscow-denial", "it plans to invade Ukraine", "", "Moscow", "continues to deny", "Moscow",
       "deny", kDenied},
      {"moscow-pullback", "it is already pulling troops back from areas near the border", "",
       "Moscow", "says", "Moscow", "say"},
      {"allies-dispute", "have disputed that", "that", "the US and its allies", "have disputed",
       "US and its allies", "dispute", kDenied},
      {"western-torpedo", "would torpedo the peace process there", "", "western officials",
       "have said", "western officials", "say"},
      {"officials-decision",
       "showed that Putin had made the decision to pursue an invasion of neighbouring Ukraine", "",
       "top US and European officials", "said", "top US and European officials", "say"},
      {"narrative-unclear",
       "It was unclear what new proposals the US and Russian leaders might discuss at a potential "
       "meeting",
       "", "", "", "", ""},
      {"washington-rejects",
       "Moscow\xE2\x80\x99s demands for sweeping security guarantees \xE2\x80\x94 including a "
       "promise that Ukraine will never join the North Atlantic Treaty Organization and a major "
       "rollback of the alliance\xE2\x80\x99s presence in eastern Europe",
       "", "Washington", "has rejected", "Washington", "reject", kDenied},
      {"kremlin-wont-back-down", "it won\xE2\x80\x99t back down on those", "", "The Kremlin",
       "has said", "Kremlin", "say"},
      {"russian-officials-negotiate",
       "they\xE2\x80\x99re willing to negotiate on other issues where the US did offer talks, "
       "including limits on missile deployments and military maneuvers in Europe",
       "", "Russian officials", "have said", "Russian officials", "say"},
  };
}

struct Linked {
  std::vector<Spec> specs;
  std::vector<Statement> statements;
  std::vector<Edge> edges;
};

Linked LinkText(const std::string& text, std::vector<Spec> specs) {
  Article article;
  article.text = text;
  Linked out{std::move(specs), {}, {}};
  out.statements = BuildAll(article.text, out.specs);
  out.edges = LinkWithinArticle(article, out.statements);
  return out;
}

const Edge* FindEdge(const Linked& linked, const std::string& from, const std::string& to) {
  for (const Edge& e : linked.edges) {
    if (linked.specs[e.from].label == from && linked.specs[e.to].label == to) return &e;
  }
  return nullptr;
}

TEST_CASE("LinkWithinArticle: draws exactly the seed article's disputes", "[link]") {
  Linked linked = LinkText(testing::ReadFixture(kSeedArticle), SeedSpecs());
  CHECK(Dump(linked.edges, linked.specs) ==
        std::vector<std::string>{
            "allies-dispute -disputes-> moscow-pullback [anaphoric-rebuttal]",
            "kremlin-wont-back-down -disputes-> washington-rejects [standoff]",
            "officials-decision -disputes-> moscow-denial [denial-vs-assertion]",
            "washington-rejects -disputes-> kremlin-wont-back-down [standoff]",
        });
}

TEST_CASE("LinkWithinArticle: seed reasons name both speakers and what is disputed", "[link]") {
  Linked linked = LinkText(testing::ReadFixture(kSeedArticle), SeedSpecs());
  const Edge* rebuttal = FindEdge(linked, "allies-dispute", "moscow-pullback");
  REQUIRE(rebuttal != nullptr);
  CHECK_THAT(rebuttal->reason, Catch::Contains("US and its allies") && Catch::Contains("Moscow") &&
                                   Catch::Contains("pulling troops back"));
  const Edge* denial = FindEdge(linked, "officials-decision", "moscow-denial");
  REQUIRE(denial != nullptr);
  CHECK_THAT(denial->reason, Catch::Contains("US and European officials") &&
                                 Catch::Contains("Moscow") && Catch::Contains("invade"));
  CHECK(denial->score >= 0.5);
  CHECK(denial->score <= 1.0);
  const Edge* standoff = FindEdge(linked, "washington-rejects", "kremlin-wont-back-down");
  REQUIRE(standoff != nullptr);
  CHECK_THAT(standoff->reason, Catch::Contains("Washington") && Catch::Contains("Kremlin") &&
                                   Catch::Contains("demands"));
}

TEST_CASE("LinkWithinArticle: a nested attribution yields one edge, through the inner statement",
          "[link]") {
  std::vector<Spec> specs = SeedSpecs();
  specs.push_back({"officials-warned",
                   "intelligence they said showed that Putin had made the decision to pursue an "
                   "invasion of neighbouring Ukraine",
                   "", "top US and European officials", "warned", "top US and European officials",
                   "warn"});
  Linked linked = LinkText(testing::ReadFixture(kSeedArticle), specs);
  CHECK(FindEdge(linked, "officials-decision", "moscow-denial") != nullptr);
  CHECK(FindEdge(linked, "officials-warned", "moscow-denial") == nullptr);
  CHECK(linked.edges.size() == 4);
}

TEST_CASE("LinkWithinArticle: an anaphoric rebuttal targets the asserted statement, not the denial",
          "[link]") {
  Linked linked = LinkText(testing::ReadFixture(kSeedArticle), SeedSpecs());
  CHECK(FindEdge(linked, "allies-dispute", "moscow-pullback") != nullptr);
  CHECK(FindEdge(linked, "allies-dispute", "moscow-denial") == nullptr);
}

TEST_CASE("LinkWithinArticle: an anaphoric rebuttal falls back to a denied statement", "[link]") {
  const std::string text =
      "The ministry denied it shelled the hospital, though witnesses disputed that.";
  Linked linked = LinkText(text, {
                                     {"denial", "it shelled the hospital", "", "The ministry",
                                      "denied", "ministry", "deny", kDenied},
                                     {"rebuttal", "disputed that", "that", "witnesses", "disputed",
                                      "witnesses", "dispute", kDenied},
                                 });
  REQUIRE(Dump(linked.edges, linked.specs) ==
          std::vector<std::string>{"rebuttal -disputes-> denial [anaphoric-rebuttal]"});
  CHECK(linked.edges[0].score < 0.9);
}

TEST_CASE("LinkWithinArticle: draws no edge between statements of one speaker", "[link]") {
  const std::string text =
      "The ministry said the army will invade the island. The ministry later denied that. "
      "The ministry denied it plans to invade the island.";
  Linked linked = LinkText(text, {
                                     {"assert", "the army will invade the island", "",
                                      "The ministry", "said", "ministry", "say"},
                                     {"rebut", "later denied that", "that", "The ministry",
                                      "denied", "Ministry", "deny", kDenied},
                                     {"deny", "it plans to invade the island", "", "The ministry",
                                      "denied", "ministry", "deny", kDenied},
                                 });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: an anaphor with no earlier statement links nothing", "[link]") {
  const std::string text =
      "The ministry rejected that. Earlier, the agency said the plant was unsafe.";
  Linked linked = LinkText(
      text, {
                {"rebut", "rejected that", "that", "The ministry", "rejected", "ministry", "reject",
                 kDenied},
                {"claim", "the plant was unsafe", "", "the agency", "said", "agency", "say"},
            });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: an anaphor two sentences away links nothing", "[link]") {
  const std::string text =
      "The agency said the plant was unsafe. Exports rose in March. The ministry disputed that.";
  Linked linked = LinkText(
      text, {
                {"claim", "the plant was unsafe", "", "The agency", "said", "agency", "say"},
                {"rebut", "disputed that", "that", "The ministry", "disputed", "ministry",
                 "dispute", kDenied},
            });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: an anaphor under a neutral cue is no rebuttal", "[link]") {
  const std::string text = "The agency said the plant was unsafe, and the ministry said that too.";
  Linked linked = LinkText(
      text, {
                {"claim", "the plant was unsafe", "", "The agency", "said", "agency", "say"},
                {"echo", "said that too", "that", "the ministry", "said", "ministry", "say"},
            });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: unrelated contents of opposite polarity are not linked", "[link]") {
  const std::string text =
      "The ministry said exports rose sharply in March. The union denied the factory would close.";
  Linked linked = LinkText(text, {
                                     {"exports", "exports rose sharply in March", "",
                                      "The ministry", "said", "ministry", "say"},
                                     {"factory", "the factory would close", "", "The union",
                                      "denied", "union", "deny", kDenied},
                                 });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: narrative statements are never linked", "[link]") {
  const std::string text =
      "Russia plans to invade Ukraine. The ministry denied it plans to invade Ukraine.";
  Linked linked = LinkText(text, {
                                     {"narrative", "Russia plans to invade Ukraine.",
                                      "Russia plans to invade Ukraine", "", "", "", ""},
                                     {"deny", "it plans to invade Ukraine", "", "The ministry",
                                      "denied", "ministry", "deny", kDenied},
                                 });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: a contrast connective joins conflicting statements", "[link]") {
  const std::string text =
      "Officials in Kyiv said Russian forces have withdrawn from the northern region, but the "
      "Pentagon said Russian forces have not withdrawn from the region.";
  Linked linked =
      LinkText(text, {
                         {"kyiv", "Russian forces have withdrawn from the northern region", "",
                          "Officials in Kyiv", "said", "Kyiv officials", "say"},
                         {"pentagon", "Russian forces have not withdrawn from the region", "",
                          "the Pentagon", "said", "Pentagon", "say"},
                     });
  REQUIRE(Dump(linked.edges, linked.specs) ==
          std::vector<std::string>{"pentagon -disputes-> kyiv [contrast-connective]"});
  CHECK_THAT(linked.edges[0].reason,
             Catch::Contains("Pentagon") && Catch::Contains("Kyiv") && Catch::Contains("but"));
}

TEST_CASE("LinkWithinArticle: a rejection without a refusal to yield is no standoff", "[link]") {
  const std::string text =
      "Washington has rejected Moscow's demands for security guarantees. The Kremlin said it "
      "would study the reply.";
  Linked linked = LinkText(
      text, {
                {"reject", "Moscow's demands for security guarantees", "", "Washington",
                 "has rejected", "Washington", "reject", kDenied},
                {"study", "it would study the reply", "", "The Kremlin", "said", "Kremlin", "say"},
            });
  CHECK(linked.edges.empty());
}

TEST_CASE("LinkWithinArticle: a different speaker restating a claim supports it", "[link]") {
  const std::string text =
      "Jens Stoltenberg said Russia is massing troops near the border with Ukraine. Polish "
      "officials said Russia is massing troops near the Ukrainian border.";
  Linked linked =
      LinkText(text, {
                         {"nato", "Russia is massing troops near the border with Ukraine", "",
                          "Jens Stoltenberg", "said", "Jens Stoltenberg", "say"},
                         {"poland", "Russia is massing troops near the Ukrainian border", "",
                          "Polish officials", "said", "Polish officials", "say"},
                     });
  CHECK(Dump(linked.edges, linked.specs) ==
        std::vector<std::string>{"poland -supports-> nato [within-article-restatement]"});
}

TEST_CASE("LinkWithinArticle: never draws two edges for one ordered pair", "[link]") {
  const std::string text =
      "The agency said the army will invade the island, but the ministry denied that the army "
      "will invade the island, though the ministry disputed that.";
  Linked linked =
      LinkText(text, {
                         {"claim", "the army will invade the island, but",
                          "the army will invade the island", "The agency", "said", "agency", "say"},
                         {"deny", "that the army will invade the island, though",
                          "the army will invade the island", "the ministry denied", "denied",
                          "ministry", "deny", kDenied},
                     });
  std::vector<std::string> dump = Dump(linked.edges, linked.specs);
  CHECK(std::adjacent_find(dump.begin(), dump.end()) == dump.end());
  CHECK(dump.size() == 1);
}

}  // namespace
}  // namespace claimgraph::link

namespace claimgraph::link {

// Regression: on FNC-1 bodies, negation inside a content ("it was not the only
// time") was read as a denial of the other speaker's claim.
TEST_CASE("LinkWithinArticle: content negation without a denial cue or connective is no dispute",
          "[link]") {
  const std::string text =
      "Fighters in the town say it was not the only time chlorine has been used against them. "
      "The chemical weapons watchdog said last month that chlorine gas has been used "
      "systematically as a weapon in villages in northern Syria.";
  Linked linked = LinkText(
      text, {
                {"fighters", "it was not the only time chlorine has been used against them", "",
                 "Fighters in the town", "say", "Fighters in the town", "say"},
                {"watchdog",
                 "chlorine gas has been used systematically as a weapon in villages in northern "
                 "Syria",
                 "", "The chemical weapons watchdog", "said", "chemical weapons watchdog", "say"},
            });
  CHECK(linked.edges.empty());
}

}  // namespace claimgraph::link
