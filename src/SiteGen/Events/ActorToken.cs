namespace SiteGen.Events;

/// <summary>
/// A word of an article as actor recognition sees it: its span, whether it is capitalised, all capitals
/// (`RIVM`, `D66`) or an initial (`J.`), whether it opens a sentence (so its capital proves nothing), whether it
/// lies inside quoted speech, and the sentence and paragraph it belongs to.
/// </summary>
internal readonly record struct ActorToken(
    int Start, int End, bool Capital, bool Acronym, bool Initial, bool SentenceStart, bool Quoted, int Sentence, int Paragraph)
{
    public int Length => End - Start;
}
