using FsCheck;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Interviews.Text;

namespace Ressourcerie.Analytics.Tests.Interviews.Text;

public class CodePointTextTests
{
    [Fact]
    public void Positions_count_a_character_outside_the_BMP_once()
    {
        var text = new CodePointText("a🎥b😀c");

        Assert.Equal(5, text.Length);
        Assert.Equal("b😀", text.Slice(2, 4));
        Assert.Equal("🎥", text.Slice(1, 2));
        Assert.Equal(3, text.ToUtf16(2));
    }

    [Fact]
    public void Text_without_surrogates_is_addressed_directly()
    {
        var text = new CodePointText("prêt de matériel");

        Assert.Equal(16, text.Length);
        Assert.Equal("matériel", text.Slice(8, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Slice(8, 17));
    }

    [Property]
    public bool Slices_at_every_cut_put_the_text_back_together(NonNull<string> value, PositiveInt cut)
    {
        var text = new CodePointText(value.Get);
        int at = cut.Get % (text.Length + 1);
        return text.Slice(0, at) + text.Slice(at, text.Length) == value.Get
            && CodePointText.CountCodePoints(text.Slice(0, at)) == at;
    }
}
