using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gongkai.Cli.Commands;

/// <summary>Writes one small JSON object to a text stream, Chinese left readable, ending with a newline.</summary>
internal static class CliJson
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
