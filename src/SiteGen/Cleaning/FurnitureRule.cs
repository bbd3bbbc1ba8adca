using System.Text.RegularExpressions;

namespace SiteGen.Cleaning;

/// <summary>One line of <c>Resources/&lt;lang&gt;/furniture.txt</c>: <see cref="IsPrefix"/> rules cut a furniture span off
/// the start of a paragraph, the others take a whole paragraph.</summary>
public sealed record FurnitureRule(string Name, bool IsPrefix, Regex Pattern, int Line);
