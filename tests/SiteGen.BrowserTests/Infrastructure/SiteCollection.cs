using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>All browser tests share one site and one chromium, and run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
