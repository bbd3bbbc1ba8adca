namespace SiteGen.Rendering.Models;

/// <summary>A link as templates see it: <c>text</c> and <c>url</c> (already under the base URL).</summary>
public sealed record LinkModel(string Text, string Url);
