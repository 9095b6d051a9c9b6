using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyKB.Tests.Browser;

/// <summary>The chat transcript in the real UI: it survives opening a source and pressing Back; a new conversation starts a new session.</summary>
public sealed class ChatTranscriptTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Question = "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?";

    [ChromiumFact]
    public async Task The_transcript_survives_opening_a_source_and_pressing_back()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/ask");
        await page.Locator("#chat-panel textarea").FillAsync(Question);
        await page.Locator("#chat-panel .pkb-chat-send").ClickAsync();
        // The sources arrive before the answer is done: wait for its badge so the whole answer is on screen.
        await page.Locator("#chat-panel .pkb-chat-answer .pkb-chat-badge").First.WaitForAsync();
        var card = page.Locator("#chat-panel .pkb-chat-card").First;
        var answer = await page.Locator("#chat-panel .pkb-chat-answer .pkb-chat-text").First.InnerTextAsync();

        await card.ClickAsync();
        await page.WaitForURLAsync(new Regex("#/doc/"));
        await page.GoBackAsync();
        await page.Locator("#chat-panel .pkb-chat-user").First.WaitForAsync();

        Assert.Equal(Question, await page.Locator("#chat-panel .pkb-chat-user").First.InnerTextAsync());
        Assert.Equal(answer, await page.Locator("#chat-panel .pkb-chat-answer .pkb-chat-text").First.InnerTextAsync());
        Assert.True(await page.Locator("#chat-panel .pkb-chat-card").CountAsync() > 0);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_source_opened_while_the_answer_streams_keeps_the_question_after_back()
    {
        var (page, problems) = await session.NewPageAsync();
        await page.GotoAsync("/#/ask");
        await page.Locator("#chat-panel textarea").FillAsync(Question);
        await page.Locator("#chat-panel .pkb-chat-send").ClickAsync();
        var card = page.Locator("#chat-panel .pkb-chat-card").First;
        await card.WaitForAsync();
        await card.ClickAsync();
        await page.WaitForURLAsync(new Regex("#/doc/"));
        await page.GoBackAsync();

        await page.Locator("#chat-panel .pkb-chat-user").First.WaitForAsync();
        Assert.Equal(Question, await page.Locator("#chat-panel .pkb-chat-user").First.InnerTextAsync());
        Assert.True(await page.Locator("#chat-panel .pkb-chat-card").CountAsync() > 0);
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task A_new_conversation_clears_the_transcript_and_starts_a_new_session()
    {
        var (page, _) = await session.NewPageAsync();
        await page.GotoAsync("/#/ask");
        await page.Locator("#chat-panel textarea").FillAsync(Question);
        await page.Locator("#chat-panel .pkb-chat-send").ClickAsync();
        await page.Locator("#chat-panel .pkb-chat-answer .pkb-chat-badge").First.WaitForAsync();
        var before = await page.EvaluateAsync<string>("sessionStorage.getItem('policykb-chat-session')");

        await page.Locator("#chat-panel .pkb-chat-reset").ClickAsync();

        Assert.Equal(0, await page.Locator("#chat-panel .pkb-chat-user").CountAsync());
        Assert.NotEqual(before, await page.EvaluateAsync<string>("sessionStorage.getItem('policykb-chat-session')"));
        await page.ReloadAsync();
        await page.Locator("#chat-panel .pkb-chat-welcome").WaitForAsync();
        Assert.Equal(0, await page.Locator("#chat-panel .pkb-chat-user").CountAsync());
    }
}
