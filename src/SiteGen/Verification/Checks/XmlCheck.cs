using System.Xml;
using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>
/// Every <c>.xml</c> file of the site (the feed, the sitemap) is well-formed XML 1.0: a feed reader or search engine
/// drops a file it cannot parse whole. Not an HTML check: it reads the file's bytes, not a parsed page.
/// </summary>
public sealed class XmlCheck
{
    public string Code => "SG5014";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(string path, byte[] content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            while (reader.Read()) { }
        }
        catch (XmlException e)
        {
            return [new Finding(path, e.LineNumber, e.LinePosition, $"Not well-formed XML: {e.Message}",
                "Fix the writer of this file; characters XML 1.0 does not allow must not reach it.")];
        }
        return [];
    }
}
