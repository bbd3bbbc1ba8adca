using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// An undated article's opening sentence (<see cref="Opening"/>, the <see cref="Rank"/>th of its openings) that
/// reports the happening another article's dated <see cref="Report"/> reports, with the merge's score and reason.
/// </summary>
public sealed record DossierMatch(ExtractedEvent Opening, int Rank, ExtractedEvent Report, MergeReason Reason);
