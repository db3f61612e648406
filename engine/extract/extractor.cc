#include "extract/extractor.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/attribution_rules.h"
#include "extract/attribution_tagger.h"
#include "extract/body_tokens.h"
#include "extract/content_finder.h"
#include "extract/cue_bounds.h"
#include "extract/cue_senses.h"
#include "extract/cue_phrases.h"
#include "extract/learned_cues.h"
#include "extract/narrative.h"
#include "extract/source_finder.h"
#include "extract/speaker_labels.h"
#include "extract/speaker_resolver.h"
#include "extract/stance.h"
#include "extract/tagged_checks.h"
#include "extract/tagged_sources.h"
#include "extract/word_classes.h"
#include "extract/wordnet_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

// One Extract() call. Holds all per-article state, so the Extractor itself
// stays immutable and can be shared between threads.
class ArticleExtraction {
 public:
  ArticleExtraction(const Article& article, const LearnedCues* learned, const CuePhrases* phrases,
                    const AttributionTagger* tagger, const ExtractorOptions& options)
      : options_(options),
        learned_(learned),
        phrases_(phrases),
        tagger_(tagger),
        text_(article.text),
        body_(TokenizeBody(text_, Span{std::min(article.body_begin, text_.size()), text_.size()})),
        covered_(body_.sentences.size(), false),
        rule_cue_(body_.tokens.size(), 0),
        rule_role_(body_.tokens.size(), 0),
        mid_capitals_(FindMidSentenceCapitals(body_)) {}

  std::vector<Statement> Run() {
    const std::vector<SpeakerLabel> labels =
        options_.speaker_labels ? FindSpeakerLabels(body_, text_) : std::vector<SpeakerLabel>();
    std::size_t next_label = 0;
    for (std::size_t s = 0; s < body_.sentences.size(); ++s) {
      NotePersons(s);
      while (next_label < labels.size() && labels[next_label].first_sentence == s) {
        EmitLabel(labels[next_label++]);
      }
      if (!ExtractAttributions(s)) ContinueQuotation(s);
    }
    if (phrases_ != nullptr && (options_.phrase_extend || options_.phrase_create)) {
      phrase_matches_ = phrases_->Find(body_, options_.phrase_min_count);
    }
    AddTaggedAttributions();
    if (options_.phrase_extend) {
      ExtendStatementCues(body_, phrase_matches_, options_.phrase_extend_precision, &out_);
    }
    if (options_.cue_sense_filters != 0) DropNonAttributiveCues();
    if (options_.cue_chains) WidenCuesOverChains(body_, &out_);
    if (options_.cue_weekdays) WidenCuesOverWeekdays(body_, &out_);
    if (options_.cue_trim_subjects) TrimLeadingSubjects(body_, &out_);
    for (std::size_t s = 0; s < body_.sentences.size(); ++s) {
      if (!covered_[s] && IsNarrativeSentence(body_, s)) EmitNarrative(s);
    }
    std::stable_sort(out_.begin(), out_.end(), [](const Statement& a, const Statement& b) {
      return a.content.front().begin < b.content.front().begin;
    });
    return std::move(out_);
  }

 private:
  std::span<const text::Token> Tokens(TokenRange r) const {
    return std::span<const text::Token>(body_.tokens.data() + r.begin, r.size());
  }

  // Persons named anywhere ("Russian President Vladimir Putin") so that a
  // later short name ("Putin said") resolves to the full name.
  void NotePersons(std::size_t s) {
    const TokenRange r = body_.sentences[s].tokens;
    std::size_t i = r.begin;
    while (i < r.end) {
      std::size_t j = i;
      while (j < r.end && body_.tokens[j].type == TokenType::kWord && body_.tokens[j].capitalized &&
             !IsRoleWord(body_.tokens[j].lower) && !IsNpStopWord(body_.tokens[j].lower) &&
             !IsDeterminer(body_.tokens[j].lower) && !IsSubjectPronoun(body_.tokens[j].lower)) {
        ++j;
      }
      if (j - i >= 2 && j - i <= 3) {
        const CanonicalMention m = Canonicalize(Tokens({i, j}), text_);
        if (m.kind == SpeakerKind::kPerson) resolver_.NotePerson(m.name);
      }
      i = std::max(j, i + 1);
    }
  }

  // The mention to resolve: a pronoun's antecedent inside the sentence when
  // it agrees with the pronoun, else the source itself.
  TokenRange SpeakerMention(const Attribution& a) const {
    if (!a.head.empty()) return a.head;
    if (a.antecedent.empty()) return a.source;
    const CanonicalMention ante = Canonicalize(Tokens(a.antecedent), text_);
    return PronounFits(body_.tokens[a.source.begin].lower, ante.kind) ? a.antecedent : a.source;
  }

  // Returns true if the sentence produced at least one statement.
  bool ExtractAttributions(std::size_t s) {
    std::vector<Attribution> attrs = FindAttributions(body_, s, learned_);
    std::vector<std::string> speakers(attrs.size());
    std::vector<Span> sources(attrs.size());
    bool emitted = false;
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      Attribution& a = attrs[i];
      if (a.shared_with >= 0) {
        speakers[i] = speakers[static_cast<std::size_t>(a.shared_with)];
        sources[i] = sources[static_cast<std::size_t>(a.shared_with)];
      } else {
        // "Last month, the ministry said": the speaker is not "Last month".
        const TokenRange bare = WithoutIntroduction(body_, a.source);
        if (bare.begin != a.source.begin && a.head.begin < bare.begin) a.head = {};
        a.source = bare;
        speakers[i] = resolver_.Resolve(Tokens(SpeakerMention(a)), text_);
        const std::size_t after = ContentAfterSource(a.source, a.content);
        sources[i] = body_.ToSpan(ConventionSource(a.source, a.cue, after));
      }
      // "declined to comment": the chain is part of the refusal too.
      MarkRuleCue(a.no_content && !a.chain.empty() ? TokenRange{a.chain.begin, a.cue.end} : a.cue,
                  a.no_content ? kRuleNoContent : kRuleCandidate);
      if (a.no_content) {  // "declined to comment": on record, nothing said
        covered_[s] = true;
        continue;
      }
      if (a.colon_intro) FollowingContent(s, a);
      if (a.content.empty() || speakers[i].empty() || !SubstantialContent(a)) continue;
      AttachLinkingPreposition(body_, &a.cue, &a.content.front().range);
      Emit(a, speakers[i], sources[i]);
      emitted = true;
    }
    return emitted;
  }

  // "X said:" takes the next sentence, or the whole quotation it opens.
  void FollowingContent(std::size_t s, Attribution& a) {
    if (s + 1 >= body_.sentences.size()) return;
    const TokenRange next = body_.sentences[s + 1].tokens;
    if (std::optional<ContentPart> part = ContentAfter(body_, next.begin, next.end)) {
      a.content.push_back(*part);
    }
  }

  StatementKind KindOf(const std::vector<ContentPart>& parts) const {
    bool all_direct = true, any_quote = false;
    for (const ContentPart& p : parts) {
      all_direct = all_direct && p.direct;
      if (p.direct) any_quote = true;
      for (std::size_t i = p.range.begin; i < p.range.end; ++i) {
        const TokenType t = body_.tokens[i].type;
        if (!p.direct && (t == TokenType::kOpenQuote || t == TokenType::kCloseQuote)) {
          any_quote = true;
        }
      }
    }
    if (all_direct) return StatementKind::kDirect;
    return any_quote ? StatementKind::kMixed : StatementKind::kIndirect;
  }

  // Sentences [first, last] touched by the token ranges, marked covered.
  Span CoverSentences(std::initializer_list<TokenRange> ranges,
                      const std::vector<ContentPart>& parts) {
    std::size_t first = body_.sentences.size(), last = 0;
    auto touch = [&](TokenRange r) {
      if (r.empty()) return;
      first = std::min(first, body_.sentence_of[r.begin]);
      last = std::max(last, body_.sentence_of[r.end - 1]);
    };
    for (TokenRange r : ranges) touch(r);
    for (const ContentPart& p : parts) touch(p.range);
    for (std::size_t k = first; k <= last; ++k) covered_[k] = true;
    last_sentence_ = last;
    return Span{body_.sentences[first].span.begin, body_.sentences[last].span.end};
  }

  // The first content token after the source (where a source's appositive
  // must stop), or the token count.
  std::size_t ContentAfterSource(TokenRange source, const std::vector<ContentPart>& parts) const {
    std::size_t first = body_.tokens.size();
    for (const ContentPart& p : parts) {
      if (p.range.begin >= source.end) first = std::min(first, p.range.begin);
    }
    return first;
  }

  // A content of one word is only kept when it is an anaphor the link
  // stage can resolve ("disputed that"); "Instead, X said" has none.
  bool SubstantialContent(const Attribution& a) const {
    std::size_t words = 0;
    const text::Token* last = nullptr;
    for (const ContentPart& p : a.content) {
      for (std::size_t i = p.range.begin; i < p.range.end; ++i) {
        if (body_.tokens[i].type == TokenType::kWord ||
            body_.tokens[i].type == TokenType::kNumber) {
          ++words;
          last = &body_.tokens[i];
        }
      }
    }
    if (words >= 2) return true;
    if (words == 0) return false;
    const std::string& w = last->lower;
    return w == "that" || w == "this" || w == "it" || w == "so" || w == "them" || w == "these" ||
           w == "those" || a.sense->nominal_content;
  }

  void Emit(const Attribution& a, const std::string& speaker, Span source) {
    Statement st;
    st.source = source;
    st.cue = body_.ToSpan(a.cue);
    st.cue_lemma = a.sense->lemma;
    if (a.negated && a.sense->type == CueType::kDeny) st.cue_lemma = "not " + st.cue_lemma;
    for (const ContentPart& p : a.content) st.content.push_back(body_.ToSpan(p.range));
    st.speaker = speaker;
    st.kind = KindOf(a.content);
    const Stance stance = JudgeStance(body_, a);
    st.polarity = stance.polarity;
    st.hedged = stance.hedged;
    st.sentence = CoverSentences({a.cue, a.source}, a.content);
    const bool quoted = st.kind != StatementKind::kIndirect;
    out_.push_back(std::move(st));
    for (std::size_t k = a.cue.begin; k < a.cue.end; ++k) {
      rule_cue_[k] = static_cast<int>(out_.size());
      rule_role_[k] = 1;
    }
    for (std::size_t k = a.source.begin; k < a.source.end; ++k) rule_role_[k] = 1;
    last_quoted_ = quoted ? static_cast<int>(out_.size() - 1) : -1;
  }

  // A transcript turn or a signed quotation (extract/speaker_labels.h): a
  // direct statement whose cue is the colon or dash. The rules still read
  // the sentences inside it; the tagger sees its cue as the rules' own.
  void EmitLabel(const SpeakerLabel& l) {
    Statement st;
    st.source = body_.ToSpan(l.source);
    st.cue = body_.ToSpan(l.cue);
    st.cue_lemma = "say";
    for (const TokenRange part : l.content) {
      st.content.push_back(body_.ToSpan(part));
      st.hedged = st.hedged || HasHedge(body_, part);
    }
    st.speaker = resolver_.Resolve(Tokens(l.name), text_);
    st.kind = StatementKind::kDirect;
    st.sentence = Span{body_.sentences[l.first_sentence].span.begin,
                       body_.sentences[l.last_sentence].span.end};
    for (std::size_t k = l.first_sentence; k <= l.last_sentence; ++k) covered_[k] = true;
    out_.push_back(std::move(st));
    for (std::size_t k = l.cue.begin; k < l.cue.end; ++k) {
      rule_cue_[k] = static_cast<int>(out_.size());
      rule_role_[k] = 1;
    }
    for (std::size_t k = l.source.begin; k < l.source.end; ++k) rule_role_[k] = 1;
    last_quoted_ = -1;
    last_sentence_ = l.last_sentence;
  }

  // A sentence that is only a quotation, right after a quoted statement,
  // in the same or the next paragraph, continues it: annotators treat the
  // quotation paragraphs that follow "“A,” X said. “B.”" as one statement.
  void ContinueQuotation(std::size_t s) {
    const TokenRange r = body_.sentences[s].tokens;
    if (last_quoted_ < 0 || covered_[s] || last_sentence_ + 1 != s || r.empty()) return;
    std::optional<ContentPart> part = QuotationAt(body_, r.begin);
    if (!part) return;
    const std::size_t close = static_cast<std::size_t>(body_.quote_partner[r.begin]);
    const TokenRange close_sentence = body_.sentences[body_.sentence_of[close]].tokens;
    if (!OnlyTrailingPunct(body_, close + 1, close_sentence.end)) return;
    const int para = body_.sentences[s].paragraph;
    const int prev_para = body_.sentences[last_sentence_].paragraph;
    if (para != prev_para && para != prev_para + 1) return;
    Statement& prev = out_[static_cast<std::size_t>(last_quoted_)];
    const std::vector<ContentPart> parts = {*part};
    const Span covered = CoverSentences({}, parts);
    Attribution a;
    a.content = parts;
    prev.content.push_back(body_.ToSpan(part->range));
    prev.sentence.end = covered.end;
    prev.hedged = prev.hedged || JudgeStance(body_, a).hedged;
    if (prev.kind == StatementKind::kIndirect) prev.kind = StatementKind::kMixed;
  }

  // Statements whose cue reads as no attribution (extract/cue_senses.h) go;
  // their sentences may then be narrative unless another statement keeps them.
  void DropNonAttributiveCues() {
    static_assert(kDefaultCueSenseFilters == 859,
                  "ExtractorOptions::cue_sense_filters' default is kDefaultCueSenseFilters");
    if (options_.cue_sense_filters & kTrailingPreposition) TrimCuePrepositions(body_, &out_);
    const std::vector<char> drop =
        NonAttributiveStatements(body_, out_, options_.cue_sense_filters);
    std::vector<Statement> kept;
    for (std::size_t i = 0; i < out_.size(); ++i) {
      const TokenRange r = TokensIn(body_, out_[i].sentence);
      for (std::size_t k = r.begin; k < r.end; ++k) {
        if (drop[i]) covered_[body_.sentence_of[k]] = false;
      }
      if (!drop[i]) kept.push_back(std::move(out_[i]));
    }
    for (const Statement& st : kept) {
      const TokenRange r = TokensIn(body_, st.sentence);
      for (std::size_t k = r.begin; k < r.end; ++k) covered_[body_.sentence_of[k]] = true;
    }
    out_ = std::move(kept);
  }

  void MarkRuleCue(TokenRange cue, int mark) {
    for (std::size_t k = cue.begin; k < cue.end; ++k) rule_cue_[k] = mark;
  }

  // The learned tagger finds the cues the rules missed (rare, multiword and
  // nominal cues) and adds their statements. Where the rules found the cue,
  // their content and speaker stay (the rules' contents match the annotation
  // conventions more often, downstream stages were built on them); the
  // tagger only widens the cue to its own run ("told reporters").
  void AddTaggedAttributions() {
    if (tagger_ == nullptr) return;
    const std::vector<double> margins = tagger_->CueMargins(body_, learned_);
    std::vector<char> marks = AttributionTagger::CueMarks(margins, options_.cue_threshold);
    const std::vector<char> created =
        options_.phrase_create
            ? MarkPhraseCues(phrase_matches_, options_.phrase_create_precision, rule_cue_, &marks)
            : std::vector<char>(marks.size(), 0);
    // The runs widened to their phrases; a rule statement's source is still
    // tagged from the tagger's own run (a widened one misleads the role
    // model there: "the company said in a statement").
    std::vector<char> wide = marks;
    if (options_.phrase_extend && options_.phrase_extend_runs) {
      ExtendCueMarks(phrase_matches_, options_.phrase_extend_precision, &wide);
    }
    TokenRange last_new;
    for (const TokenRange run : AttributionTagger::CueRuns(body_, marks)) {
      const TokenRange cue = WidenRun(body_, run, wide);
      int known = 0;
      for (std::size_t k = cue.begin; k < cue.end; ++k) known = known ? known : rule_cue_[k];
      if (known > 0) {
        Statement& st = out_[static_cast<std::size_t>(known - 1)];
        WidenRuleCue(st, cue);
        if (options_.tagger_sources || options_.tagger_contents) {
          TakeTaggedSpans(tagger_->TagRoles(body_, run, marks, options_.span_decoder), st);
        }
      }
      // A cue whose rule reading failed is retried, but only with a source:
      // the rules' rejection ("dismissing the official") outweighs a
      // sourceless tagging.
      // So is a cue made from a phrase alone, which the tagger did not see.
      const bool retried =
          (known == kRuleCandidate && options_.retry_rejected) || created[run.begin];
      if (retried) known = 0;
      // Two runs joined by a phrase make one statement.
      if (known != 0 || (cue.begin == last_new.begin && cue.end == last_new.end)) continue;
      last_new = cue;
      TaggedAttribution t = tagger_->TagRoles(body_, cue, wide, options_.span_decoder);
      if (t.content.empty() || HypotheticalCue(body_, cue)) continue;
      // An implausible source counts as none (PolNeAR keeps such statements).
      if (!t.source.empty() && !PlausibleSource(body_, t.source, mid_capitals_)) t.source = {};
      if (OverlapsRuleRoles(t) && (t.source.empty() || !NestsRuleStatement(t))) continue;
      TokenRange mention = t.source;  // what names the speaker
      if (t.source.empty()) {
        if (retried) continue;
        double margin = 0;
        for (std::size_t k = cue.begin; k < cue.end; ++k) margin = std::max(margin, margins[k]);
        if (!options_.keep_sourceless || margin <= options_.sourceless_margin) continue;
        // Kept without a source: the words before the cue may still name it.
        SourceBeforeCue(&t, &mention);
      }
      EmitTagged(t, mention);
    }
  }

  // A sourceless tagged statement takes the relative pronoun or the clause
  // subject right before its cue (extract/tagged_sources.h) when
  // options_.source_rules allow; `mention` gets the words naming the speaker
  // (a pronoun's antecedent, else the source).
  // A source never lies in the content ("a proposal that seemed to offer
  // hope for averting ...": the tagger took "that" into the content).
  void SourceBeforeCue(TaggedAttribution* t, TokenRange* mention) const {
    static_assert(kDefaultSourceRules == 15,
                  "ExtractorOptions::source_rules' default is kDefaultSourceRules");
    auto in_content = [&](TokenRange r) {
      return std::any_of(t->content.begin(), t->content.end(),
                         [&](TokenRange part) { return r.begin < part.end && part.begin < r.end; });
    };
    if (options_.source_rules & kRelativePronounSource) {
      const TokenRange pronoun = RelativePronounBefore(body_, t->cue);
      const TokenRange antecedent = pronoun.empty() || in_content(pronoun)
                                        ? TokenRange{}
                                        : RelativeAntecedent(body_, pronoun.begin);
      if (!antecedent.empty()) {
        t->source = pronoun;
        *mention = antecedent;
        return;
      }
    }
    if (options_.source_rules & kClauseSubjectSource) {
      const TokenRange subject = ClauseSubjectBefore(body_, t->cue);
      if (!subject.empty() && !in_content(subject) &&
          PlausibleSource(body_, subject, mid_capitals_)) {
        t->source = *mention = subject;
      }
    }
  }

  // The source span as PolNeAR marks it (WidenSourceToConvention), with
  // the appositive reading options_.source_rules choose.
  TokenRange ConventionSource(TokenRange source, TokenRange cue, std::size_t after) const {
    return WidenSourceToConvention(body_, source, cue, after,
                                   (options_.source_rules & kWideAppositive) != 0);
  }

  // A tagged source without a leading subordinator ("When Smith" -> "Smith")
  // when options_.source_rules ask for it.
  TokenRange TrimmedTaggedSource(TokenRange source) const {
    if (!(options_.source_rules & kTrimClauseWord)) return source;
    return WithoutClauseWord(body_, source);
  }

  void TakeTaggedSpans(const TaggedAttribution& t, Statement& st) const {
    // A tagged source inside the rules' one drops words ("the US and its
    // allies" -> "its allies"); a longer or different one is taken.
    std::vector<ContentPart> parts;
    for (const TokenRange part : t.content) parts.push_back({part, false});
    const TokenRange source = TrimmedTaggedSource(t.source);
    const Span tagged =
        body_.ToSpan(ConventionSource(source, t.cue, ContentAfterSource(source, parts)));
    const bool inside = tagged.begin >= st.source.begin && tagged.end <= st.source.end;
    if (options_.tagger_sources && !t.source.empty() &&
        PlausibleSource(body_, t.source, mid_capitals_) && !inside &&
        !CrossesRelativePronoun(body_, t.source, st.source)) {
      st.source = tagged;
    }
    if (!options_.tagger_contents || t.content.empty()) return;
    st.content.clear();
    for (const TokenRange part : t.content) st.content.push_back(body_.ToSpan(part));
  }

  // Whether a tagged content takes in the source or cue of a statement the
  // rules found (see NestsRuleStatement).
  bool OverlapsRuleRoles(const TaggedAttribution& t) const {
    for (const TokenRange part : t.content) {
      for (std::size_t k = part.begin; k < part.end; ++k) {
        if (rule_role_[k]) return true;
      }
    }
    return false;
  }

  // A tagged content holding the whole cue of a statement the rules found
  // reports that statement ("as the Post reported, X said Y"): PolNeAR
  // nests attributions. One that takes only part of it ("passed a bill
  // that critics") stays a misparse.
  bool NestsRuleStatement(const TaggedAttribution& t) const {
    for (const TokenRange part : t.content) {
      const Span content = body_.ToSpan(part);
      for (std::size_t k = part.begin; k < part.end; ++k) {
        if (rule_cue_[k] <= 0) continue;
        const Span cue = out_[static_cast<std::size_t>(rule_cue_[k] - 1)].cue;
        if (cue.begin >= content.begin && cue.end <= content.end) return true;
      }
    }
    return false;
  }

  void WidenRuleCue(Statement& st, TokenRange cue) {
    const Span run = body_.ToSpan(cue);
    st.cue = Span{std::min(st.cue.begin, run.begin), std::max(st.cue.end, run.end)};
  }

  // `mention` names the speaker: t.source, or the antecedent of a relative
  // pronoun source.
  void EmitTagged(const TaggedAttribution& t, TokenRange mention) {
    Attribution a;
    const bool own_mention = mention.begin == t.source.begin && mention.end == t.source.end;
    a.source = WithoutIntroduction(body_, TrimmedTaggedSource(t.source));
    if (own_mention) mention = a.source;
    a.cue = t.cue;
    a.sense = SenseOf(t.cue);
    for (std::size_t k = t.cue.begin; k < t.cue.end; ++k) {
      const std::string& w = body_.tokens[k].lower;
      a.negated = a.negated || w == "not" || w == "n't" || w == "never";
    }
    for (const TokenRange part : t.content) {
      a.content.push_back({part, body_.in_quote[part.begin] && body_.in_quote[part.end - 1]});
    }
    const std::string speaker =
        a.source.empty() ? std::string() : resolver_.Resolve(Tokens(mention), text_);
    if (speaker.empty() && !a.source.empty()) return;
    if (!SubstantialContent(a)) return;
    AttachLinkingPreposition(body_, &a.cue, &a.content.front().range);
    Emit(a, speaker,
         body_.ToSpan(ConventionSource(a.source, a.cue, ContentAfterSource(a.source, a.content))));
    if (a.sense == &kTaggedSense) out_.back().cue_lemma = CueHeadWord(body_, t.cue);
  }

  // The sense of the first cue word the lexicons know, else a plain say-cue.
  const CueSense* SenseOf(TokenRange cue) const {
    for (std::size_t k = cue.begin; k < cue.end; ++k) {
      const std::string& w = body_.tokens[k].lower;
      if (const CueSense* sense = CueLexicon::Instance().Lookup(w)) return sense;
      if (const CueSense* sense = learned_ ? learned_->Lookup(w) : nullptr) return sense;
    }
    return &kTaggedSense;
  }

  void EmitNarrative(std::size_t s) {
    const TokenRange r = body_.sentences[s].tokens;
    Statement st;
    st.sentence = body_.sentences[s].span;
    // The content is the sentence without its final punctuation.
    TokenRange content = r;
    while (content.size() > 1 && body_.tokens[content.end - 1].type == TokenType::kPunct) {
      --content.end;
    }
    st.content.push_back(body_.ToSpan(content));
    st.kind = StatementKind::kNarrative;
    st.hedged = HasHedge(body_, r);
    out_.push_back(std::move(st));
  }

  static inline const CueSense kTaggedSense{};
  // rule_cue_ values below zero: the rules saw the cue and emitted nothing,
  // on purpose ("declined to comment") or because the candidate failed.
  static constexpr int kRuleNoContent = -1, kRuleCandidate = -2;

  const ExtractorOptions& options_;
  const LearnedCues* learned_;
  const CuePhrases* phrases_;
  const AttributionTagger* tagger_;
  std::string_view text_;
  BodyTokens body_;
  std::vector<bool> covered_;
  std::vector<int> rule_cue_;  // per token: 1 + index in out_ of the rules' statement, or kRule*
  std::vector<char> rule_role_;  // per token: in the source or cue of an emitted statement
  SpeakerResolver resolver_;
  std::vector<Statement> out_;
  std::vector<PhraseMatch> phrase_matches_;  // when a phrase option is on
  MidSentenceCapitals mid_capitals_;  // see PlausibleSource
  int last_quoted_ = -1;           // index in out_ of a statement a quotation may continue
  std::size_t last_sentence_ = 0;  // last sentence of the most recent statement
};

}  // namespace

struct Extractor::Impl {
  LearnedCues learned;
  CuePhrases phrases;
  AttributionTagger tagger;
  ExtractorOptions options;
};

namespace {

// A model file of type Model (LearnedCues, CuePhrases: Model::Load(path)),
// `file` in `dir`; `what` names it in the error.
template <class Model>
Model LoadModelFile(const std::filesystem::path& dir, std::string_view file,
                    std::string_view what) {
  const std::filesystem::path path = dir / file;
  Result<Model> model = Model::Load(path);
  if (!model.ok()) {
    throw std::runtime_error("claimgraph extract: cannot load the " + std::string(what) + " " +
                             path.string() + " (" + model.status().ToString() +
                             "); set CLAIMGRAPH_MODELS to the folder holding " +
                             std::string(file));
  }
  return std::move(model).value();
}

AttributionTagger LoadTagger(const std::filesystem::path& dir) {
  Result<AttributionTagger> tagger = AttributionTagger::Load(dir);
  if (!tagger.ok()) {
    throw std::runtime_error("claimgraph extract: cannot load the attribution models (" +
                             tagger.status().ToString() +
                             "); set CLAIMGRAPH_MODELS to the folder holding " +
                             std::string(kCueModelFile) + " and " + std::string(kRoleModelFile));
  }
  return std::move(tagger).value();
}

}  // namespace

Extractor::Extractor() : Extractor(ExtractorOptions{}) {}

Extractor::Extractor(const ExtractorOptions& options) {
  const std::filesystem::path dir =
      options.models_dir.empty() ? ModelsDir() : options.models_dir;
  WordNetClasses::Default();  // the tagger's features need it; throws if missing
  impl_ = new Impl{LoadModelFile<LearnedCues>(dir, kCueWordsFile, "cue model"),
                   LoadModelFile<CuePhrases>(dir, kCuePhrasesFile, "cue phrases"), LoadTagger(dir),
                   options};
}

Extractor::~Extractor() { delete impl_; }

std::vector<Statement> Extractor::Extract(const Article& article) const {
  if (article.body_begin >= article.text.size()) return {};
  return ArticleExtraction(article, &impl_->learned, &impl_->phrases, &impl_->tagger,
                           impl_->options)
      .Run();
}

}  // namespace claimgraph::extract
