using System.Collections.Concurrent;
using Lingua;
using SiteGen.Diagnostics;

namespace SiteGen.Cleaning;

/// <summary>
/// Tells which language an article is written in, so that an English or German article in a Dutch site is named
/// instead of building silently with no dates found. One detector for the process (Lingua, built on first use, in
/// low-accuracy mode: trigram models only, reliable for texts longer than about 120 characters, which articles are),
/// over the first <see cref="SampleLength"/> characters of body text outside markup and only for the languages a news folder is
/// likely to mix. Afrikaans is left out on purpose: Dutch news would read as it.
/// </summary>
public static class LanguageCheck
{
    /// <summary>How much body text is read: enough to be sure, little enough that a 1 MB article costs no more than a short one.</summary>
    public const int SampleLength = 1000;

    /// <summary>Less body text than this is not judged (a caption, a one-line note).</summary>
    public const int MinimumLength = 200;

    private static readonly Language[] Candidates =
        [Language.Dutch, Language.English, Language.German, Language.French, Language.Spanish, Language.Italian];

    private static readonly Lazy<LanguageDetector> Detector =
        new(() => LanguageDetectorBuilder.FromLanguages(Candidates).WithLowAccuracyMode().Build());

    /// <summary>A text whose words are this share of the language's most frequent words is in that language.</summary>
    public const double CommonShare = 0.2;

    private static readonly ConcurrentDictionary<string, HashSet<string>> CommonWords = new(StringComparer.Ordinal);

    /// <summary>The ISO 639-1 code of the body text's language (<c>en</c>), or null when too short or unclear.</summary>
    public static string? Detect(string text, IReadOnlyList<Paragraph> paragraphs) => Detect(text, paragraphs, null);

    /// <summary>
    /// As <see cref="Detect(string, IReadOnlyList{Paragraph})"/>; a text in <paramref name="expected"/> that is plainly so
    /// (its most frequent words, <c>common-words.txt</c>, make up a fifth of the sample) is not sent to the detector, which
    /// costs about a millisecond and a half of CPU per article against microseconds for the count.
    /// </summary>
    public static string? Detect(string text, IReadOnlyList<Paragraph> paragraphs, string? expected)
    {
        var sample = Sample(text, paragraphs);
        if (sample.Count(char.IsLetter) < MinimumLength) return null;
        if (expected is not null && IsPlainly(sample, expected)) return expected;
        var found = Detector.Value.DetectLanguageOf(sample.ToString());
        return found == Language.Unknown ? null : found.IsoCode6391().ToString().ToLowerInvariant();
    }

    private static bool IsPlainly(string sample, string language)
    {
        var common = CommonWords.GetOrAdd(language, static l =>
            LanguageData.Lines(l, "common-words.txt").Select(x => x.Text).ToHashSet(StringComparer.Ordinal));
        if (common.Count == 0) return false;
        var lookup = common.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, hits = 0;
        Span<char> lower = stackalloc char[32];
        for (var i = 0; i < sample.Length;)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            words++;
            if (i - start > lower.Length) continue;
            var word = lower[..(i - start)];
            sample.AsSpan(start, i - start).ToLowerInvariant(word);
            if (lookup.Contains(word)) hits++;
        }
        return words > 0 && hits >= CommonShare * words;
    }

    // the words of the body's text paragraphs; markup (<div>, links) is no language
    private static string Sample(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var sample = new System.Text.StringBuilder(SampleLength);
        foreach (var p in paragraphs)
        {
            if (p.Kind != ParagraphKind.Text) continue;
            var inTag = false;
            for (var i = p.Start; i < p.End && sample.Length < SampleLength; i++)
            {
                var c = text[i];
                if (c == '<') inTag = true;
                else if (c == '>') inTag = false;
                else if (!inTag) sample.Append(c);
            }
            if (sample.Length >= SampleLength) break;
            sample.Append('\n');
        }
        return sample.ToString();
    }

    /// <summary>Warns (SG0142) when the article reads as another language than the site's.</summary>
    public static void Report(string text, IReadOnlyList<Paragraph> paragraphs, string siteLanguage, string relativePath, DiagnosticBag diagnostics)
    {
        if (Detect(text, paragraphs, siteLanguage) is not { } found || string.Equals(found, siteLanguage, StringComparison.OrdinalIgnoreCase)) return;
        diagnostics.Warning("SG0142", relativePath, 0, 0,
            $"The article reads as {Name(found)} ({found}), not as the site's language ({siteLanguage}): its dates are read with the "
            + $"'{siteLanguage}' rules, so most are missed and its events may be missing from the timeline.",
            $"Translate the article, remove it from the input folder, or build it into a site whose language is '{found}'.");
    }

    private static string Name(string code) =>
        Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso).ToString() : code;
}
