using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// A clause that says how things are or what someone has, not what happened (`De start is van een lang proces.`,
/// `De premier heeft twee jaar om …`, `dat woensdag de startdag is van …`): its only finite verb is a `state` verb of
/// <c>events/syntax.tsv</c> and nothing in it looks like a participle. `is benoemd`, `heeft besloten`, `is
/// afgetreden`, `heeft het aanbod aanvaard om …` report a happening; a noun that looks like a participle
/// (`verkiezingen`) only keeps a clause in, never drops one.
/// </summary>
internal static partial class StateClause
{
    /// <summary>
    /// The main clause. A relative clause that runs to the end of the sentence without a comma before it may have
    /// swallowed the main clause's own verbs (`Ze heeft … in Zwijndrecht waarbij … vrijkomen laten stilleggen.`),
    /// so then the main clause is not taken for a state.
    /// </summary>
    public static bool HoldsForMain(ClauseMap map, SyntaxWords syntax)
    {
        var end = map.Text.TrimEnd().TrimEnd('.', '!', '"', '\'', '”', '’').Length;
        if (map.Subordinates.Any(c => c.Kind == ClauseKind.Relative && c.End >= end && !map.Text[..c.Start].TrimEnd().EndsWith(',')))
            return false;
        return Holds(map, syntax, w => map.InMainClause(w.Start));
    }

    /// <param name="verbs">The class of <c>events/syntax.tsv</c> whose finite verbs say how things are.</param>
    public static bool Holds(ClauseMap map, SyntaxWords syntax, Func<SentenceWord, bool> inClause, string verbs = "state")
    {
        var words = map.Words;
        var any = false;
        for (var j = 0; j < words.Count; j++)
        {
            var w = words[j];
            if (!inClause(w)) continue;
            if (syntax.IsFinite(w.Lower) || syntax.Is(verbs, w.Lower))
            {
                if (!syntax.Is(verbs, w.Lower)) return false;
                any = true;
                continue;
            }
            if (LooksLikeParticiple(w.Lower)) return false;
            // The word that closes the clause, before another clause, a comma or the end, is where Dutch puts the
            // participle (`heeft het aanbod aanvaard om …`); after `te` it is an infinitive (`is niets van te merken`).
            if (!w.Capitalized && ParticipleEnd().IsMatch(w.Lower) && !PronominalAdverb().IsMatch(w.Lower) && (j + 1 == words.Count || !inClause(words[j + 1])
                || map.Text.AsSpan(w.End, words[j + 1].Start - w.End).IndexOfAny(',', ';', ':') >= 0) && !AfterArticle(words, j)
                && !(j > 0 && words[j - 1].Lower == "te"))
                return false;
        }
        return any;
    }

    // `van de nationale luchthaven`, `een nieuwe regelingen`: a word after an article, or after an article and an
    // inflected adjective, is a noun, not the clause's participle.
    public static bool AfterArticle(IReadOnlyList<SentenceWord> words, int j) =>
        j > 0 && IsArticle(words[j - 1].Lower) || j > 1 && IsArticle(words[j - 2].Lower) && words[j - 1].Lower.EndsWith('e');

    private static bool IsArticle(string lower) => lower is "de" or "het" or "een";

    /// <summary>
    /// A participle of a separable verb, its `ge` inside (`aangespannen`, `opgezegd`, `ingediend`); a few nouns look
    /// the same (`aangelegenheden`), so it only confirms an auxiliary that needs a participle.
    /// </summary>
    public static bool SeparableParticiple(string lower) => InfixParticiple().IsMatch(lower);

    /// <summary>
    /// A participle by its form (`besloten`, `aangekomen`, `verworpen`); a noun such as `verkiezingen` looks the same. A
    /// pronominal adverb (`eruit`, `ertegen`) does not.
    /// </summary>
    public static bool LooksLikeParticiple(string lower) => Participle().IsMatch(lower) && !PronominalAdverb().IsMatch(lower);

    // `eruit`, `ertegen`, `daarbuiten`: `er`, `daar`, `hier` or `waar` and a preposition.
    [GeneratedRegex(@"^(?:er|daar|hier|waar)(?:uit|tegen|boven|buiten|tussen|langs|omheen|in|op|aan|over|voor|na|bij|mee|door|onder|achter|om|af|toe)$")]
    private static partial Regex PronominalAdverb();

    [GeneratedRegex(@"^\p{L}{2,}ge\p{L}{2,}(?:d|t|en)$")]
    private static partial Regex InfixParticiple();

    [GeneratedRegex(@"^\p{L}{3,}(?:d|t|en)$")]
    private static partial Regex ParticipleEnd();

    [GeneratedRegex(@"^(?:(?:ge|be|ver|ont|her|er)\p{L}{2,}|\p{L}{2,}ge\p{L}{2,})(?:d|t|en)$")]
    private static partial Regex Participle();
}
