namespace SiteGen.Timeline;

/// <summary>One article reporting a timeline item, with the sentence it came from (offsets into that article's text).</summary>
public sealed record EventSource(string ArticleId, string Sentence, int SentenceStart, int SentenceEnd, bool IsHeadline);
