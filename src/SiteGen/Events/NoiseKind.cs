namespace SiteGen.Events;

/// <summary>Why a sentence reports no happening, whatever dates it holds.</summary>
public enum NoiseKind
{
    None,

    /// <summary>Not a whole sentence: a heading, a cut-off text, a piece that starts in lower case, a few words.</summary>
    Fragment,

    /// <summary>`Wat is er aan de hand?`, and the indirect question that announces an answer: `Hoe het zover kwam, blijkt uit …`</summary>
    Question,

    /// <summary>No content of its own: `Het is niemand ontgaan.`, `Nog even en dan is het zover.`</summary>
    Empty,

    /// <summary>Only quoted words, with no one saying them in the sentence: a comment, not a report.</summary>
    Quote,

    /// <summary>A photo or video caption: `… Beeld ANP`, `Foto: Reuters`, `© Belga`.</summary>
    Caption,

    /// <summary>A link to another article: `Lees ook: …`, `Lees het oordeel …`, `Bekijk ook …`.</summary>
    ReadAlso,

    /// <summary>The signature line of an embedded post: `— Naam (@handle) 22, 2020.`</summary>
    PostSignature,

    /// <summary>Another language than the site's: an embedded post or a quotation left untranslated.</summary>
    Foreign,

    /// <summary>
    /// A comment on or explanation of what is reported around it: `Het was een zware week voor de boeren.`, `De datum
    /// is niet zomaar gekozen.`; or a statement of how things are: `De commissie zei klaar te zijn.`, `Rutte benadrukte
    /// dat het kabinet open staat voor overleg.`
    /// </summary>
    Comment,
}
