using System.Runtime.CompilerServices;
using SiteGen.Dating;
using SiteGen.Events;
using SiteGen.Rendering;
using SiteGen.Timeline;

namespace SiteGen.Reuse;

/// <summary>
/// What one `sitegen serve` session keeps between its builds, so a rebuild redoes only the work a change touched:
/// loaded articles by file (<see cref="ArticleMemory"/>), the events extracted from each loaded article object,
/// and the rendered bodies and pages (<see cref="RenderMemo"/>). An article whose file did not change is the same
/// object in the next build, which is what the extraction and body tables are keyed by; a refined article (its
/// date moved by another report) is a new object and is extracted and rendered afresh.
/// </summary>
public sealed class SessionMemory
{
    public ArticleMemory Articles { get; } = new();

    public ConditionalWeakTable<Article, ArticleExtraction> Extractions { get; } = new();

    /// <summary>The items and tagged events of the last timeline, reused where the merge left them unchanged.</summary>
    public TimelineMemo Timeline { get; } = new();

    public RenderMemo Render { get; } = new();
}
