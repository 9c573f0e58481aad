"""dev330 negatives: releases, war games and shooters, the business of games.
(title, text, kind code)."""

NEGATIVES = [
    (
        "Battlefield 6 sells 7 million copies in three days as players storm its Cairo invasion map",
        "Electronic Arts said on Monday that Battlefield 6 had sold more than 7 million copies "
        "in its first three days, the biggest launch in the shooter series' history. The game, "
        "set in a near-future war between a NATO-led coalition and a private military company, "
        "peaked at more than 740,000 concurrent players on Steam alone. Its most-played map, a "
        "street fight in a fictional version of Cairo, lets squads of up to 64 players blow "
        "holes in buildings and call in artillery on enemy positions. Analysts at Ampere said "
        "the launch puts pressure on Activision's next Call of Duty, due a month later. "
        "“Battlefield has come back swinging,” one analyst said. Some players complained about "
        "server queues on launch night and about weapon balance in the Breakthrough mode. EA "
        "shares rose 2.4% in New York. The game was developed by four studios, including DICE in "
        "Stockholm, and released in October 2025. The previous entry, Battlefield 2042, was "
        "widely panned at launch in 2021 and lost much of its audience within months.",
        "entertainment",
    ),
    (
        "Call of Duty goes back to the Gulf War for its latest campaign",
        "Activision's new Call of Duty campaign takes players back to 1991, sending them behind "
        "Iraqi lines as CIA operatives during Operation Desert Storm. The publisher showed the "
        "first footage at the Xbox showcase in Los Angeles on Sunday, including a mission in "
        "which players raid a Republican Guard base and another set among burning Kuwaiti oil "
        "wells. Black Ops 6 is the first Call of Duty to launch on Microsoft's Game Pass "
        "subscription service on day one, a test of whether the $70 series can thrive inside a "
        "subscription. Treyarch's creative director said the team had interviewed veterans of "
        "the Gulf War and former intelligence officers while writing the story. Some Iraqi "
        "players on social media questioned the series' habit of turning their country into a "
        "shooting gallery. The game is due in October 2024 and will include a new Zombies map "
        "and a mode called Omnimovement, which lets soldiers dive and sprint in any direction. "
        "The series has sold more than 500 million copies since the first game, set in the "
        "Second World War, came out in 2003.",
        "entertainment",
    ),
    (
        "Helldivers 2 players lose the 'galactic war' for a key planet after a week-long defence",
        "Players of the co-operative shooter Helldivers 2 have lost control of the planet "
        "Malevelon Creek after a week-long community defence, the game's developer Arrowhead "
        "said on Wednesday. The game's galactic war, run by a so-called Game Master at the "
        "Stockholm studio, sets hundreds of thousands of players against waves of robots and "
        "insect-like aliens across a shared map. Losing a planet means the whole community moves "
        "to a new front line. Veterans of the campaign have taken to calling it the “Creek” and "
        "compare it to jungle warfare in Vietnam films. “The bots were simply too entrenched,” "
        "one player wrote on Reddit, where a memorial thread gathered 20,000 upvotes. The game, "
        "published by Sony, has sold more than 12 million copies since its release in February "
        "2024, making it one of the fastest-selling PlayStation games ever. Arrowhead said new "
        "weapons and vehicles would be added for the next offensive. Some of the most devoted "
        "players have set up Discord servers that coordinate attacks across time zones, with "
        "volunteer “generals” posting daily orders.",
        "entertainment",
    ),
    (
        "This War of Mine at ten: the game about surviving a siege that ended up in Polish schools",
        "Ten years after its release, 11 bit studios' This War of Mine, a game about civilians "
        "trying to survive a city under siege, has sold more than 7 million copies, the Warsaw "
        "studio said. Inspired by accounts of the siege of Sarajevo, the game asks players to "
        "scavenge for food and medicine at night while avoiding snipers and armed looters. In "
        "2020 it became the first video game added to Poland's official school reading list, for "
        "pupils aged over 18. Its director said that letters from players who had lived through "
        "the Balkan wars shaped the game's later expansions. The studio marked the anniversary "
        "with a new edition and donated a share of sales to a charity for children. Critics "
        "still rank it among the most serious games about war ever made. “We wanted players to "
        "feel that war is not about the soldiers,” a designer said at a talk in Krakow in "
        "November 2024. A board-game version raised more than $700,000 on Kickstarter in 2016.",
        "entertainment",
    ),
    (
        "Ghost of Yotei tops Japan's charts as samurai sequel outsells a Mongol-invasion rival",
        "Sony's Ghost of Yotei, a sequel to the samurai adventure about the Mongol invasion of "
        "Tsushima, sold 182,000 physical copies in its first week in Japan, topping the Famitsu "
        "chart, the magazine said. The game is set three centuries after the original, in the "
        "Ezo region of what is now Hokkaido, and follows a woman hunting the gang that killed "
        "her family. Its predecessor, Ghost of Tsushima, has sold more than 13 million copies "
        "worldwide since 2020 and became a rare Western-made hit in Japan, where the island of "
        "Tsushima named its developer, Sucker Punch, as tourism ambassadors. Reviewers praised "
        "the new game's landscapes and sword fighting. A rival game about the 13th-century "
        "invasions, made by a Chinese studio, slipped to fourth place. The game was released on "
        "PlayStation 5 in October 2025. Sucker Punch, based near Seattle, spent five years on "
        "the game and hired Japanese consultants on language, costume and swordsmanship.",
        "entertainment",
    ),
    (
        "Hearts of Iron IV expansion lets players rewrite the fall of France",
        "Paradox Interactive has released a new expansion for its Second World War strategy game "
        "Hearts of Iron IV, adding new branches for France, Belgium and the Netherlands that let "
        "players try to stop the German invasion of 1940. The Stockholm-based publisher said the "
        "game had passed 3 million players on Steam in the eight years since its launch. Fans of "
        "alternate history can, for instance, lead a communist France or restore the monarchy. "
        "The series has long faced criticism for letting players pursue fascist paths, and "
        "Paradox has removed some symbols and songs in line with German law. Its game director "
        "said the studio tried to model “logistics, production and diplomacy” rather than "
        "glorify combat. The expansion costs €20 and went on sale in March 2024. Paradox shares "
        "were little changed in Stockholm trading. A separate team at Paradox is working on a "
        "new entry in its Europa Universalis series, due next year.",
        "entertainment",
    ),
    (
        "Clip passed off as Ukrainian strike on Russian jet was from military simulator Arma 3",
        "A video shared millions of times on social media this week as showing a Ukrainian "
        "air-defence unit shooting down a Russian fighter jet was taken from the military "
        "simulation game Arma 3, fact-checkers said. The Czech developer Bohemia Interactive "
        "said it was aware of the clip and that footage from its game had been misused in this "
        "way repeatedly since 2018. Tell-tale signs include the way the smoke trails move and "
        "the lack of detail on the ground, the studio said. Similar Arma clips have been passed "
        "off as footage from Syria, Afghanistan and the India-Pakistan border. Bohemia said it "
        "had started sending takedown requests to platforms but that the clips often reappear "
        "within hours. “We are flattered that people think our game looks real, but it is not "
        "flattering to be part of misinformation,” a spokesperson said. The latest version of "
        "the clip first appeared on TikTok in November 2023. Researchers at a fact-checking "
        "group said at least a dozen such clips had been shared since the start of the year, "
        "some by accounts with millions of followers.",
        "entertainment",
    ),
    (
        "Fortnite's alien invasion season brings record Chapter finale crowd",
        "Epic Games said 14.3 million players logged in simultaneously for the end-of-season "
        "live event in Fortnite on Saturday, in which a giant alien mothership was blown apart "
        "above the island. The invasion season, which added abduction beams and alien weapons to "
        "the battle royale, ended with players teaming up with the game's characters to fight "
        "back the invaders. Streamers including Ninja and Lachlan drew hundreds of thousands of "
        "viewers on Twitch and YouTube. The Cary, North Carolina-based company has relied on "
        "such one-off events to keep its 2017 hit growing, along with concerts and film tie-ins. "
        "Epic did not say how many people watched the event outside the game. Some players "
        "reported server crashes in Europe minutes before the finale in September 2022. A new "
        "season, with a medieval theme, started the next morning. The game's free-to-play model "
        "makes money from cosmetic items, and Epic does not publish revenue figures.",
        "entertainment",
    ),
    (
        "Valiant Hearts sequel tells the First World War through a Belgian nurse",
        "Ubisoft Montpellier's follow-up to Valiant Hearts: The Great War, a hand-drawn "
        "adventure about the 1914-1918 conflict, will follow a Belgian nurse and a Senegalese "
        "rifleman through the battles of Ypres and Verdun, the studio said. The original game, "
        "released in 2014 for the centenary of the war, was praised for its letters from the "
        "trenches and its historical notes, developed with the Mission du Centenaire. The new "
        "game was made with a team of historians and includes archive photographs from the "
        "Imperial War Museum. It will launch first on Netflix's mobile games service, followed "
        "by consoles. “We want people to remember the names, not the body counts,” the game's "
        "director said. Critics who played an early build praised its music but said the puzzles "
        "were simple. The release is set for November 2023, the week of Armistice Day. Ubisoft "
        "said the game would be available in 12 languages, including Wolof.",
        "entertainment",
    ),
    (
        "Console war heats up as Sony cuts PS5 price by $100 to take on Switch 2",
        "Sony will cut the price of its PlayStation 5 by $100 in the United States and Europe "
        "from next week, a move analysts called the opening shot of the holiday console war "
        "against Nintendo's Switch 2 and Microsoft's Xbox. The cut, announced at a showcase in "
        "Tokyo, brings the disc version to $399 and follows months in which Nintendo's new "
        "console outsold the PS5 in Japan and the US. Microsoft raised Xbox prices twice this "
        "year, blaming tariffs and component costs. “Sony is playing defence with its wallet,” "
        "said an analyst at Niko Partners. Nintendo said it had sold 10.4 million Switch 2 units "
        "in the four months after its June 2025 launch, the fastest start of any console. Sony "
        "shares slipped 1.2% in Tokyo. Retailers in Britain said they were bracing for a "
        "bruising battle for Black Friday shoppers. Microsoft has increasingly released its own "
        "games on PlayStation and Switch, a shift some analysts see as a retreat from hardware.",
        "economy",
    ),
    (
        "Microsoft axes 1,900 gaming jobs months after closing Activision deal",
        "Microsoft will cut about 1,900 jobs in its gaming division, roughly 8% of the unit's "
        "staff, three months after closing its $69bn acquisition of Activision Blizzard, the "
        "head of Xbox Phil Spencer told employees in a memo on Thursday. Most of the cuts fall "
        "on Activision Blizzard and its customer-support teams, and Blizzard cancelled an "
        "unannounced survival game that had been in development for six years. “This is a "
        "painful day,” Spencer wrote, adding that the company would provide severance and "
        "support. The cuts add to a wave of layoffs that has swept the games industry since "
        "2023, with an estimated 10,500 jobs lost that year alone. Union representatives at "
        "Raven Software said they were seeking talks over the impact on their members. "
        "Blizzard's president said he was leaving the company. The memo was sent in January "
        "2024. Activision's Call of Duty teams were largely spared, people familiar with the "
        "matter said.",
        "economy",
    ),
    (
        "Vivendi abandons hostile bid for Ubisoft after a two-year takeover battle",
        "Vivendi has agreed to sell its 27% stake in Ubisoft and abandon its hostile pursuit of "
        "the French game publisher, ending a takeover battle that began in 2015. The Guillemot "
        "brothers, who founded Ubisoft in 1986, had fought off the media group by building "
        "alliances with Chinese internet giant Tencent and Canadian pension funds. Vivendi will "
        "sell about €2bn of shares to Ubisoft, Tencent and institutional investors. “Ubisoft "
        "remains independent, and that is a victory for its teams,” chief executive Yves "
        "Guillemot said. Vivendi chairman Vincent Bolloré had taken over Gameloft, a mobile "
        "studio also founded by the Guillemots, in a similar raid in 2016. Ubisoft shares rose "
        "6% in Paris on the news in March 2018. Analysts said the deal ended a distraction for "
        "the company ahead of a strong release slate. Tencent also took a 5% stake in Ubisoft as "
        "part of the arrangement.",
        "economy",
    ),
    (
        "Saudi-backed consortium's $55bn EA buyout biggest leveraged deal in history",
        "A consortium led by Saudi Arabia's Public Investment Fund, with Silver Lake and "
        "Affinity Partners, has agreed to buy Electronic Arts for $55bn, the largest leveraged "
        "buyout ever agreed, the companies said on Monday. Shareholders in the maker of EA "
        "Sports FC, The Sims and Battlefield will receive $210 a share, a premium of about 25% "
        "to the price before reports of the talks. The deal will take EA private and is expected "
        "to close in 2027, subject to regulatory approval. Unions representing US game workers "
        "warned it could lead to job cuts to service about $20bn of debt. Saudi Arabia has spent "
        "tens of billions of dollars on gaming and esports under its Vision 2030 plan, including "
        "Savvy Games Group's purchase of Scopely. EA chief executive Andrew Wilson will stay on. "
        "The deal was announced in September 2025. Some analysts questioned whether regulators "
        "in the US and Europe would scrutinise foreign ownership of a company that holds data on "
        "hundreds of millions of players.",
        "economy",
    ),
    (
        "Tariff war pushes Nintendo to delay Switch 2 pre-orders in the United States",
        "Nintendo postponed pre-orders of its Switch 2 console in the United States on Friday to "
        "assess the impact of sweeping new import tariffs announced by President Donald Trump, "
        "which hit Vietnam and China, where most of the consoles are assembled. The Kyoto "
        "company had announced a US price of $449 for the console two days earlier. Industry "
        "analysts said the escalating trade war between Washington and Beijing could add more "
        "than $100 to the price of consoles in the US. The Entertainment Software Association "
        "said tariffs would hurt “millions of American consumers”. Nintendo said the launch date "
        "of 5 June 2025 was unchanged. Shares of Nintendo fell 4% in Tokyo, while Sony and "
        "Microsoft did not comment on their own prices. The company has shifted part of its "
        "production from China to Vietnam over the past two years, but Vietnam was also hit with "
        "steep duties.",
        "economy",
    ),
    (
        "Embracer splits into three as restructuring ends after 1,400 job cuts",
        "Sweden's Embracer Group will split into three listed companies after a restructuring "
        "programme that closed or sold dozens of studios and cut about 1,400 jobs, the company "
        "said. The group, built through a debt-fuelled buying spree that took in Gearbox, "
        "Crystal Dynamics and the rights to The Lord of the Rings, ran into trouble when a $2bn "
        "investment deal, reportedly with Saudi-backed Savvy Games, collapsed in May 2023. The "
        "new companies will be a board-game maker, a mobile publisher and a premium games group "
        "keeping the Embracer name. Chief executive Lars Wingefors said the split would unlock "
        "value for shareholders. Developers who lost their jobs, including staff at the closed "
        "Volition studio in Illinois, criticised the strategy that led to the cuts. Embracer "
        "shares jumped 16% in Stockholm on the announcement in April 2024. Its shares had lost "
        "more than 60% of their value from their peak in 2021.",
        "economy",
    ),
    (
        "Unity retreats in pricing battle with developers after boycott",
        "Unity Software has scaled back a new fee that would have charged developers each time a "
        "game built with its engine was installed, after a week-long revolt by studios that "
        "threatened to switch to rival engines. The company apologised and said the runtime fee "
        "would apply only to new versions of its software and be capped at 2.5% of revenue. "
        "Studios including Mega Crit, maker of Slay the Spire, had said they would move future "
        "projects to Godot or Unreal. Several developers removed Unity ads from their games in "
        "protest, hitting the company's advertising revenue. “We should have spoken with more of "
        "you,” Unity said in an open letter to the community. Chief executive John Riccitiello "
        "stepped down the following month. Unity shares have fallen about 40% since the fee was "
        "announced in September 2023. Unity later scrapped the runtime fee altogether.",
        "economy",
    ),
    (
        "Record 1,450 exhibitors as Gamescom opens with Nintendo back on the show floor",
        "Gamescom, the world's largest games fair by attendance, opens in Cologne on Wednesday "
        "with a record 1,450 exhibitors from 72 countries and organisers expecting about 340,000 "
        "visitors over five days. Opening Night Live, the fair's televised showcase, drew more "
        "than 50 million livestream views last year. Nintendo is returning to the show floor for "
        "the first time since 2019, and Microsoft will host its largest stand in years. "
        "Germany's games association, game, says domestic sales of games and hardware fell 6% in "
        "the first half of the year. Chinese publishers have booked more space than ever, with "
        "several showing open-world action games. Hotel prices in Cologne have risen by up to a "
        "third for the week, local media reported in August 2025. Tickets for the trade-only "
        "days sold out weeks in advance.",
        "other",
    ),
    (
        "Ukrainian studio's horror game tops Steam wishlist as release date is set",
        "Frogwares, the studio behind the Sherlock Holmes adventure games, has set an April "
        "release date for its next horror title, which has climbed into Steam's top ten most "
        "wishlisted games. The studio, founded in Kyiv in 2000, now has staff in Ukraine, "
        "Ireland and other European countries. Its head of marketing said the team had grown to "
        "about 90 people and was hiring for a new project. The game, set in a fog-bound port "
        "town in New England, will cost $40 and come to PlayStation 5 and Xbox Series X later in "
        "the year. Early previews praised its atmosphere and puzzle design. “We are just excited "
        "to show players what we have been making,” the studio said in a statement. It will be "
        "Frogwares' first self-published console release since 2021. The release was confirmed "
        "in January 2026. Its previous game, a detective story set on a fictional island, sold "
        "more than a million copies.",
        "other",
    ),
    (
        "Former refugee who learned to code in a Jordanian camp launches studio in Berlin",
        "A 29-year-old Syrian developer who learned to code on a donated laptop in Jordan's "
        "Zaatari refugee camp has launched his own games studio in Berlin, with €1.2m in seed "
        "funding from a German games fund and two angel investors. He arrived in Germany in 2015 "
        "and studied computer science in Potsdam, working evenings in a restaurant. The studio's "
        "first game, a cosy farming sim set in a village inspired by his grandmother's in Daraa, "
        "will be released next year on PC and Switch. Six people work at the studio, including "
        "two other former refugees from Syria and Afghanistan. “I want to make games that smell "
        "like my grandmother's kitchen,” he said. Germany's federal games fund has backed more "
        "than 700 projects since its launch in 2020. The studio was founded in spring 2025. He "
        "hopes to hire two more developers by the end of the year and to show the game at "
        "Gamescom.",
        "other",
    ),
]
