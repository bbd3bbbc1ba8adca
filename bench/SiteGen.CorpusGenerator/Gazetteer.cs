namespace SiteGen.CorpusGenerator;

/// <summary>
/// The world the corpus talks about: people with a role, countries, organisations and places. Names are invented
/// (people) or public (countries, institutions), so the extractor meets the same actors under the same names
/// across thousands of articles, as it does in a real archive.
/// </summary>
public static class Gazetteer
{
    public sealed record Person(string Name, string Role, string Surname);

    public static readonly Person[] People =
    [
        new("Karin de Vries", "minister van Infrastructuur", "De Vries"),
        new("Pieter Bakker", "burgemeester van Utrecht", "Bakker"),
        new("Sanne Visser", "wethouder Wonen", "Visser"),
        new("Ahmed El Amrani", "Kamerlid", "El Amrani"),
        new("Marloes Jansen", "premier", "Jansen"),
        new("Jeroen Smit", "minister van Financiën", "Smit"),
        new("Fatima Yilmaz", "voorzitter van de FNV", "Yilmaz"),
        new("Daan Mulder", "directeur van ProRail", "Mulder"),
        new("Eva van Dijk", "gedeputeerde", "Van Dijk"),
        new("Thomas Hendriks", "trainer van Ajax", "Hendriks"),
        new("Lotte Meijer", "hoofdeconoom van De Nederlandsche Bank", "Meijer"),
        new("Bram de Boer", "commissaris van de Koning", "De Boer"),
        new("Noor Kramer", "minister van Volksgezondheid", "Kramer"),
        new("Ruben Vos", "officier van justitie", "Vos"),
        new("Ingrid Peters", "burgemeester van Rotterdam", "Peters"),
        new("Olaf Scholz", "Duitse bondskanselier", "Scholz"),
        new("Emmanuel Macron", "Franse president", "Macron"),
        new("Vladimir Poetin", "Russische president", "Poetin"),
        new("Xi Jinping", "Chinese president", "Xi"),
        new("Ursula von der Leyen", "voorzitter van de Europese Commissie", "Von der Leyen"),
        new("Jens Stoltenberg", "secretaris-generaal van de NAVO", "Stoltenberg"),
        new("Wopke Hoekstra", "Eurocommissaris", "Hoekstra"),
    ];

    public static readonly string[] Countries =
    [
        "Nederland", "België", "Duitsland", "Frankrijk", "Rusland", "China", "Oekraïne", "de Verenigde Staten",
        "het Verenigd Koninkrijk", "Polen", "Turkije", "Japan", "Italië", "Spanje",
    ];

    public static readonly string[] Organisations =
    [
        "de NAVO", "de Europese Unie", "de Tweede Kamer", "de Eerste Kamer", "ProRail", "de NS", "het KNMI", "Rijkswaterstaat",
        "De Nederlandsche Bank", "de FNV", "het RIVM", "Ajax", "PSV", "Feyenoord", "Schiphol", "Tata Steel", "Shell",
        "de Raad van State", "het CBS", "de Verenigde Naties", "het Openbaar Ministerie", "de Onderwijsinspectie",
    ];

    public static readonly string[] Places =
    [
        "Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Groningen", "Eindhoven", "Maastricht", "Zwolle", "Leeuwarden",
        "Arnhem", "Nijmegen", "Tilburg", "Breda", "Delft", "Leiden", "Haarlem", "Enschede", "Middelburg", "Brussel",
        "Berlijn", "Parijs", "Peking", "Moskou", "Kyiv", "Washington", "Vilnius", "Genève",
    ];

    public static readonly string[] Topics =
    [
        "de stikstofuitstoot", "de woningbouw", "het pensioenstelsel", "de energieprijzen", "de wachtlijsten in de zorg",
        "het lerarentekort", "de asielopvang", "de defensie-uitgaven", "de gaswinning in Groningen", "het openbaar vervoer",
        "de handel met Azië", "de sancties tegen Rusland", "de klimaatdoelen", "de zorgpremie", "de minimumlonen",
    ];

    public static readonly string[] Sources =
    [
        "NOS", "NRC", "de Volkskrant", "Trouw", "AD", "Het Parool", "BNR", "RTL Nieuws", "De Standaard", "Omroep Brabant",
    ];

    public static readonly string[] Tags =
    [
        "politiek", "economie", "sport", "cultuur", "wetenschap", "klimaat", "zorg", "onderwijs", "verkeer", "justitie",
        "europa", "wereld", "technologie", "landbouw", "energie", "woningmarkt", "defensie", "media", "binnenland", "weer",
    ];

    public static readonly string[] Sections = ["Binnenland", "Buitenland", "Internationaal", "Economie", "Politiek", "Sport", "Regio"];

    public static readonly string[] Furniture =
    [
        "Lees terug | {0}", "Luister terug | {0}", "Lees ook | {0}", "Deel dit artikel", "Gerelateerde artikelen",
    ];
}
