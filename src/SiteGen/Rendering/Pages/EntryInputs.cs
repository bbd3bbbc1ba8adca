using SiteGen.Articles;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Models;
using SiteGen.Timeline;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// What a timeline entry is made from besides what every page shares (UI strings, options): its item, and position
/// by position the article and rendered body of each of its sources (null where a source has none) and the link and
/// filter key of each of its actors that has a page.
/// </summary>
public sealed record EntryInputs(
    TimelineItem Item, Article?[] Articles, RenderedBody?[] Bodies, LinkModel[] ActorLinks, FacetValue[] ActorKeys);
