using OpenApiCodegen.SpecDiff.Loading;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// One description of a broken spec for every command. The contract library (verify, record) passes on
/// OpenAPI.NET's raw parse error ("not a valid OpenAPI document: : Unable to parse ... (Lin: 13, Col: 0, Chr: 244)");
/// diff's loader names the file, line and column and says what is wrong. When the library refuses a spec,
/// that loader is asked why; only a spec it accepts was refused for a contract-specific reason, said as is.
/// </summary>
internal static class SpecLoadMessage
{
    public static string Explain(string specPath, string contractMessage)
    {
        try
        {
            SpecLoader.LoadFile(specPath);
            return contractMessage;
        }
        catch (SpecLoadException e)
        {
            return e.Message;
        }
    }
}
