// Search text folding for Kazakh, Russian and English: lower case, letter folding, words, light stemming, and
// Latin-typed Kazakh. Layer: core/i18n. No ICU: the few alphabets the app needs are written out here.
//
// Folding (applied to the index and to queries alike, so both spellings meet):
//   - lower case for ASCII, Russian (А–Я, Ё, Ѐ–Џ) and the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І;
//   - ё→е, and each Kazakh letter to the Russian letter people type instead of it on a Russian keyboard:
//     ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и.
// Words are runs of letters and digits (ASCII, Latin-1 letters, Cyrillic U+0400–U+04FF); everything else splits.
//
// Stemming strips common endings from a folded word, never leaving fewer than 3 letters, so that «алименттер»,
// «алименттерді», «алиментов», «алименты», «алимент» meet. It is deliberately light: it only has to send different
// forms of one word to the same key, index and query alike.
//   Kazakh (folded; up to 3 passes, longest first; an ending is stripped only after a letter it can follow — т/к/п
//     forms after a voiceless consonant, д/г/б forms after a voiced one or a vowel, н-forms after a vowel, …):
//     plural лар лер дар дер тар тер; genitive нын нин дын дин тын тин; ablative дан ден тан тен нан нен; locative
//     нда нде да де та те; dative га ге ка ке на не; accusative ны ни ды ди ты ти; instrumental мен бен пен;
//     possessive ымыз имиз мыз миз ыныз иниз ныз низ сы си ым им ын ин; participle/verbal noun ган ген кан кен у;
//     single letters а е ы и (after a consonant), н м (after a vowel).
//   Russian (folded; one pass, longest first, after dropping reflexive ся/сь): иями ями ами ией иям ием иях ого его
//     ому ему ими ыми ев ов ие ье еи ии ей ой ий ый ым им ем ом ам ям ах ях их ых ую юю ая яя ое ее ию ью ия ья ть
//     а е и й о у ы ь ю я.
//   A Cyrillic word gets both its Kazakh and its Russian stem as search keys (people mix the languages: a Russian
//   word in a Kazakh text, a Kazakh form typed in the Russian search); two words match when they share a key.
//   English: -ies → -y, -es after s/x/z/ch/sh, -s (not -ss, -us, -is).
// Latin-typed Kazakh: a Latin word in a kk or ru query also searches its Cyrillic reading (the 2021 Kazakh Latin
// alphabet and the common informal spellings: sh ch zh kh ts ya yu yo, j→ж, q→к, y→ы, w→у, ä ö ü ū ğ ñ ş ç ı).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"

namespace otbasy::core::i18n {

// Lower-cases and folds a UTF-8 text; invalid bytes become spaces.
std::string fold(std::string_view utf8);

// The folded words of a text, in order.
std::vector<std::string> fold_words(std::string_view utf8);

// The stem of one folded word by one language's rules (a Cyrillic word: Kazakh rules for kk, Russian for ru/en).
std::string stem(std::string_view folded_word, Lang lang);

// The search keys of one folded word in a text or query of `lang`: a Cyrillic word's Kazakh and Russian stems (one
// key when they agree); a Latin word's English stem (en) or the word itself (kk, ru).
std::vector<std::string> stem_keys(std::string_view folded_word, Lang lang);

// True when a folded word is pure ASCII letters (a Latin-typed word).
bool is_latin_word(std::string_view folded_word);

// The Cyrillic (folded) reading of a Latin-typed Kazakh word: "ajyrasu" → "ажырасу", "alimentter" → "алиментter"…
// Works on folded input; returns "" when the word holds no Latin letter.
std::string latin_to_cyrillic(std::string_view folded_word);

// Number of code points in valid UTF-8.
std::size_t utf8_length(std::string_view s);

}  // namespace otbasy::core::i18n
