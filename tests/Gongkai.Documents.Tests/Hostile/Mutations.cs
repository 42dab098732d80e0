using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Tests.Hostile;

/// <summary>
/// The damage the fuzz test does to a file, each as the hostile corpus was made: bytes overwritten, the end cut
/// off, XML attributes and elements of a DOCX or XLSX part broken, JSON values of the wrong type, nesting.
/// Every mutation is drawn from the given <see cref="Random"/>, so a seed gives the same inputs each run.
/// </summary>
internal static partial class Mutations
{
    public static byte[] FlipBytes(byte[] bytes, Random random, out string what)
    {
        var copy = (byte[])bytes.Clone();
        var count = random.Next(1, 9);
        var at = new List<int>();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            var p = random.Next(copy.Length);
            copy[p] = (byte)random.Next(256);
            at.Add(p);
        }

        what = "bytes at " + string.Join(",", at);
        return copy;
    }

    public static byte[] Truncate(byte[] bytes, Random random, out string what)
    {
        var length = random.Next(bytes.Length);
        what = $"cut at {length}";
        return bytes[..length];
    }

    private static readonly string[] AttributeValues = ["x", "", "-1", "1.5", "99999999999999999999", "0", "restart", "zz", "1e400", "&amp;"];

    /// <summary>One attribute of one XML part given a value of the wrong kind (gridSpan="x", t="zz", r="-1").</summary>
    public static byte[] DamageAttribute(byte[] package, Random random, out string what)
    {
        var damage = "";
        var result = EditPart(package, random, xml =>
        {
            var attributes = Attribute().Matches(xml);
            if (attributes.Count == 0)
            {
                return xml;
            }

            var m = attributes[random.Next(attributes.Count)];
            var value = AttributeValues[random.Next(AttributeValues.Length)];
            damage = $"{m.Groups[1].Value}=\"{value}\"";
            return string.Concat(xml.AsSpan(0, m.Groups[2].Index), value, xml.AsSpan(m.Groups[2].Index + m.Groups[2].Length));
        }, out var part);
        what = $"{part}: {damage}";
        return result;
    }

    /// <summary>One structural damage of one XML part: a stretch of elements repeated, an end tag dropped, an element's text emptied.</summary>
    public static byte[] DamageStructure(byte[] package, Random random, out string what)
    {
        var damage = "";
        var result = EditPart(package, random, xml =>
        {
            var tags = Tag().Matches(xml);
            if (tags.Count < 4)
            {
                return xml;
            }

            var a = tags[random.Next(tags.Count)];
            var b = tags[random.Next(tags.Count)];
            (a, b) = a.Index <= b.Index ? (a, b) : (b, a);
            switch (random.Next(3))
            {
                case 0:
                    damage = $"repeat {a.Index}..{b.Index}";
                    return xml.Insert(b.Index, xml[a.Index..b.Index]);
                case 1:
                    var end = tags.Where(t => t.Value.StartsWith("</", StringComparison.Ordinal)).ToList();
                    var drop = end[random.Next(end.Count)];
                    damage = $"drop {drop.Value}";
                    return xml.Remove(drop.Index, drop.Length);
                default:
                    var close = xml.IndexOf('<', a.Index + a.Length);
                    damage = $"empty after {a.Value}";
                    return close < 0 || a.Value.EndsWith("/>", StringComparison.Ordinal) ? xml : xml.Remove(a.Index + a.Length, close - a.Index - a.Length);
            }
        }, out var part);
        what = $"{part}: {damage}";
        return result;
    }

    /// <summary>The main part's body wrapped in elements nested <paramref name="depth"/> deep.</summary>
    public static byte[] NestXml(byte[] package, int depth, string element, out string what)
    {
        what = $"{element} nested {depth}";
        var open = string.Concat(Enumerable.Repeat($"<{element}>", depth));
        var close = string.Concat(Enumerable.Repeat($"</{element}>", depth));
        return EditPart(package, null, xml =>
        {
            var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
            var bodyEnd = xml.IndexOf("</w:body>", StringComparison.Ordinal);
            return body < 0 || bodyEnd < 0 ? xml : xml[..(body + 8)] + open + xml[(body + 8)..bodyEnd] + close + xml[bodyEnd..];
        }, out _);
    }

    private static readonly string[] JsonValues = ["\"x\"", "true", "null", "1.5", "-3", "1e400", "{}", "[]", "[[[[[[[[1]]]]]]]]", "\"AMBIGUOUS: x\"", "79228162514264337593543950335", new string('9', 5000)];

    /// <summary>One value of the report's JSON replaced by a value of another type (a number where text belongs, 1e400, an object for a row).</summary>
    public static byte[] DamageJson(byte[] json, Random random, out string what)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o)
                    {
                        if (child is not null)
                        {
                            nodes.Add(child);
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        if (child is not null)
                        {
                            nodes.Add(child);
                            Walk(child);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        var target = nodes[random.Next(nodes.Count)];
        var value = JsonValues[random.Next(JsonValues.Length)];
        what = $"{target.GetPath()} = {(value.Length > 20 ? value[..20] + "…" : value)}";
        var replacement = JsonNode.Parse(value);
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Applies <paramref name="edit"/> to one XML part of the package (a random one, the main part when <paramref name="random"/> is null).</summary>
    private static byte[] EditPart(byte[] package, Random? random, Func<string, string> edit, out string part)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && !e.FullName.StartsWith('[')).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            var entry = random is null ? parts.First(e => e.FullName is "word/document.xml" or "xl/workbook.xml") : parts[random.Next(parts.Count)];
            part = entry.FullName;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("\\s([\\w:]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<[^<>]+>")]
    private static partial Regex Tag();
}
