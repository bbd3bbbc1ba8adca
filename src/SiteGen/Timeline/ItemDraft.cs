namespace SiteGen.Timeline;

/// <summary>A merged group of reports to draft a timeline item from, with the stop words its anchor words leave out.</summary>
public sealed record ItemDraft(EventCluster Cluster, IReadOnlySet<string> StopWords);
