namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>A built site and the local server that serves it under its sub-path.</summary>
public sealed record ServedSite(string Name, BuiltSite Site, SiteServer Server)
{
    public Uri Root => Server.Root;

    public override string ToString() => Name;
}
