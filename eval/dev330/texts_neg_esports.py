"""dev330 negatives: esports and its battles, crime around games and streamers, bans and the
politics of games. (title, text, kind code)."""

NEGATIVES = [
    (
        "T1 win battle of the titans to lift fifth League of Legends world title",
        "South Korea's T1 beat Bilibili Gaming 3-2 in a five-game battle at London's O2 Arena on "
        "Saturday to win a record fifth League of Legends World Championship. Faker, the "
        "28-year-old mid-laner who won his first title in 2013, was named the final's most "
        "valuable player after turning the deciding game with a late-game ambush in the river. "
        "The Chinese side had seized a 2-1 lead and looked set to storm the Korean team's base "
        "before T1 fought back. “We were under siege for forty minutes and somehow we survived,” "
        "T1's coach said. Riot Games said the final drew a peak of 6.9 million viewers, "
        "excluding Chinese platforms, a record for the event. More than 12,000 fans packed the "
        "arena, many of them waving Korean flags. The tournament ended on 2 November 2024. T1's "
        "bottom lane duo said they would decide on their future after a break.",
        "sport",
    ),
    (
        "Team Spirit's Russian squad crushes rivals to win The International in Seattle",
        "Team Spirit, a Dota 2 team whose players are mostly Russian and which is registered in "
        "Serbia, won The International for the second time on Sunday, sweeping Gaimin Gladiators "
        "3-0 in a one-sided final at Seattle's Climate Pledge Arena. The team took home about "
        "$1.4m of a $3.4m prize pool, a fraction of the record $40m paid out in 2021 before "
        "Valve stopped crowdfunding the event. Their carry player Yatoro was “a killing machine” "
        "in the deciding game, one caster said. Spirit had moved its base from Moscow to "
        "Belgrade in 2022, and its players now compete under a neutral banner. Gaimin's coach "
        "said his side had been “outfought in every lane”. The victory in October 2023 makes "
        "Spirit one of only two organisations to win Dota's flagship event twice. Valve, which "
        "organises the event, has not said where next year's edition will be held.",
        "sport",
    ),
    (
        "NAVI's Ukrainian-Russian line-up storms to first CS2 Major in Copenhagen",
        "Natus Vincere won the Counter-Strike 2 Major in Copenhagen on Sunday, beating Team "
        "Spirit 2-1 in a final that went to overtime on the third map. The Kyiv-founded "
        "organisation, whose line-up includes players from Ukraine, Russia and Latvia, lifted "
        "the trophy for the second time after its 2021 win in Stockholm. The final was billed as "
        "a grudge match between two teams that have fought a long rivalry for the top of the "
        "world rankings. NAVI's sniper took the final round with a triple kill. “It was a war of "
        "nerves, and we had the stronger nerves,” the team's in-game leader said. The Major, "
        "held at the Royal Arena, offered a $1.25m prize pool and drew 1.3 million peak viewers. "
        "NAVI said it would celebrate with fans in Kyiv after the event in March 2024. The "
        "organisation has said it does not sign players who publicly support the war, a policy "
        "that has drawn both praise and criticism.",
        "sport",
    ),
    (
        "Korean invasion continues as Gen.G beat Chinese champions at Mid-Season Invitational",
        "Gen G beat China's Bilibili Gaming 3-1 in the final of League of Legends' Mid-Season "
        "Invitational in Chengdu on Sunday, extending what commentators call the Korean invasion "
        "of the sport's international events. The win, Gen G's first in an international "
        "tournament, came a year after T1 ended China's run at the World Championship. Gen G's "
        "jungler was named player of the tournament after stealing three Barons. Chinese fans in "
        "the arena booed a pause requested by the Korean side in the fourth game, but the mood "
        "was otherwise festive, with fans of both sides trading scarves after the match. "
        "Bilibili's top laner said his team had been “outclassed in every skirmish”. The teams "
        "shared a prize pool of $250,000. The tournament was held in May 2024. The win lifts Gen "
        "G to the top of the global power rankings published by Riot.",
        "sport",
    ),
    (
        "Evo brawl: fighting-game legend mounts comeback from losers' bracket in Las Vegas",
        "Pakistani Tekken player Arslan Ash came back from the losers' bracket to win the Tekken "
        "tournament at Evo in Las Vegas on Sunday, defeating South Korea's Knee in a grand final "
        "that went the full distance. Ash, from Lahore, had lost his opening match in the top "
        "eight and had to win four sets in a row to reach the title. Evo, the largest "
        "fighting-game event in the world, drew more than 10,000 entrants across its games this "
        "year. Crowds at the Las Vegas Convention Center roared as Ash landed a final throw to "
        "seal his fourth Evo win. “I came here to fight, and I fought until my hands hurt,” he "
        "said. Pakistan's sports minister congratulated him on social media. The tournament took "
        "place in August 2025. He said he would use part of his prize money to open a training "
        "room for young players in Lahore.",
        "sport",
    ),
    (
        "Rival fans scuffle at Cologne arena after heated Counter-Strike semi-final",
        "Police in Cologne said several spectators were briefly detained after fans of two "
        "Counter-Strike teams exchanged punches outside the Lanxess Arena following a tense "
        "semi-final at the IEM tournament on Saturday night. Security staff separated the groups "
        "and no one needed hospital treatment, a police spokesman said. Witnesses said the "
        "scuffle started after fans of one team chanted insults at the losing side's players "
        "near the exit. The organiser, ESL, said it condemned “any form of aggression” and would "
        "review security for the final. Such incidents are rare at esports events, which draw "
        "large but mostly calm crowds. The final on Sunday, played in front of 14,000 fans, went "
        "ahead without incident. The tournament took place in October 2023. ESL said it would "
        "add more stewards at exits for future events in Germany.",
        "sport",
    ),
    (
        "Saudi Arabia's Esports World Cup offers record $70m as clubs battle for Riyadh crown",
        "The Esports World Cup opened in Riyadh on Tuesday with a record prize pool of more than "
        "$70m, as 2,000 players from about 200 clubs prepare to battle across 24 games over "
        "seven weeks. The event, funded by Saudi Arabia's government as part of its push to "
        "become a global gaming hub, has drawn criticism from rights groups who accuse the "
        "kingdom of “sportswashing”. Organisers say more than 3 million people watched last "
        "year's edition online. Club points decide an overall champion, with $27m reserved for "
        "the club table. Team Falcons, the local organisation, won the inaugural club title in "
        "2024. “This is the Olympics of esports,” the tournament's chief executive said at the "
        "opening ceremony. The Olympic Esports Games, in partnership with the IOC, are due to be "
        "held in Riyadh in 2027. The second edition opened in July 2025. Several Western clubs "
        "said they had been paid to take part through a partnership programme.",
        "sport",
    ),
    (
        "Indian esports team out of BGMI final after 'unfair attack' by rival squad",
        "The BGMI Masters Series final in Mumbai descended into acrimony on Sunday when one team "
        "accused another of an unfair attack on its players during a tactical pause, a dispute "
        "that organisers ruled against. Referees said the squad had opened fire on opponents who "
        "were still looting the map after the pause ended, which was within the rules. The "
        "losing side's captain called it a “betrayal of the spirit of the game” and walked off "
        "stage. Battlegrounds Mobile India, the local version of PUBG Mobile, returned to Indian "
        "app stores in 2023 after a ten-month ban. The winners took home 40 lakh rupees. Tens of "
        "thousands of fans watched the final on YouTube, and the hashtag of the losing team "
        "trended nationwide. The final was played in July 2024. The organisers said they would "
        "review the rule on pauses before the next season.",
        "sport",
    ),
    (
        "Gunman who killed two at Jacksonville Madden tournament had mental health history",
        "The gunman who shot dead two players at a Madden NFL video game tournament in "
        "Jacksonville, Florida, on Sunday had been treated for mental illness as a teenager, "
        "court records show. The 24-year-old from Baltimore, who had lost in the competition, "
        "opened fire in a gaming bar at the Jacksonville Landing complex before killing himself, "
        "the sheriff said. Ten other people were wounded, including nine hit by gunfire. "
        "Investigators have found no evidence of a political or ideological motive. Part of the "
        "attack was captured on a livestream of the tournament on Twitch. EA Sports, which "
        "sponsored the qualifier, cancelled three remaining qualifying events to review "
        "security. “We have lost two members of our community,” the publisher said in August "
        "2018. Florida officials renewed calls for tighter gun laws after the shooting. A year "
        "earlier, he had won a regional Madden title in Buffalo.",
        "crime",
    ),
    (
        "Police raid piracy ring that sold cracked Nintendo games to 200,000 buyers",
        "Police in eastern China have broken up a ring that sold pirated Nintendo Switch games "
        "and modded consoles to about 200,000 buyers, seizing devices and cash worth 20m yuan, "
        "state media reported. Officers raided warehouses in Jiangsu and Zhejiang provinces and "
        "arrested 18 people, including the operators of three online stores. The group sold a "
        "device that let consoles run copied games and hosted download servers with more than "
        "3,000 titles. Nintendo, which has pursued piracy sites and device makers in courts "
        "around the world, thanked the police for their “strong action”. The Ministry of Public "
        "Security has made intellectual property crime a target of its annual Kunlun campaign. "
        "The raids took place in August 2024, and the suspects face charges of copyright "
        "infringement. Investigators said the ring's leader had run the business for about four "
        "years from a rented flat in Suzhou.",
        "crime",
    ),
    (
        "Hoax caller jailed for 20 years over 'swatting' that ended in police shooting",
        "A Los Angeles man who made a hoax call to police in Wichita, Kansas, after a dispute "
        "between two Call of Duty players has been sentenced to 20 years in prison. The fake "
        "report of a hostage situation sent officers to the wrong house, where one of them shot "
        "dead an unarmed 28-year-old father of two who had nothing to do with the game. The "
        "25-year-old caller pleaded guilty to 51 charges including making false reports. The two "
        "players, who had argued over a $1.50 wager, were also charged. “Swatting” has become a "
        "serious danger for streamers and gamers, whose addresses are sometimes leaked by "
        "rivals. The victim's family has sued the city of Wichita. The sentence was handed down "
        "in March 2019. Kansas lawmakers have since raised the penalties for hoax calls that end "
        "in injury or death. The officer who fired the fatal shot was not charged.",
        "crime",
    ),
    (
        "Korean police arrest cheat-makers behind aimbots sold to PUBG players",
        "South Korean police have arrested six people accused of making and selling cheat "
        "programs for PlayerUnknown's Battlegrounds, including aimbots that automatically lock "
        "on to opponents and wall hacks that show enemies through buildings. The programs were "
        "sold to tens of thousands of players for about 1.4bn won through messenger apps, police "
        "in Gyeonggi province said. The game's developer, Krafton, filed the complaint and said "
        "it had banned more than 13 million accounts for cheating since launch. Under a 2019 "
        "law, making or distributing game cheats is punishable by up to five years in prison. "
        "“Cheats destroy the experience for honest players,” a Krafton spokesperson said. Police "
        "said the arrests came after a ten-month investigation in 2021. Krafton said it would "
        "keep working with police in Korea and China against cheat sellers.",
        "crime",
    ),
    (
        "Streamer robbed at knifepoint of Pokémon card collection worth $60,000",
        "A collectibles streamer in Sydney was robbed at knifepoint of a Pokémon card collection "
        "he valued at about $60,000 on Tuesday, New South Wales Police said. Two men followed "
        "him home from a card shop in Parramatta and forced him to hand over a backpack "
        "containing graded cards, including a rare holographic Charizard. Officers are reviewing "
        "CCTV footage and have appealed for witnesses. The streamer said he had often opened "
        "expensive packs live on camera and worried that viewers could work out where he lives. "
        "“I'm fine, but I feel stupid for showing so much,” he told his followers. Card prices "
        "have soared since the pandemic, and police in several countries have reported a rise in "
        "thefts. The robbery happened in June 2023. A police spokesman urged collectors not to "
        "share their home addresses or routines online.",
        "crime",
    ),
    (
        "Team Xecuter member sentenced to 40 months for Switch piracy devices",
        "A Canadian member of Team Xecuter, a group that sold devices allowing Nintendo consoles "
        "to run pirated games, has been sentenced to 40 months in prison by a federal judge in "
        "Seattle. Gary Bowser, 52, had pleaded guilty to conspiracy to circumvent technological "
        "measures and trafficking in circumvention devices. Prosecutors said the group caused "
        "Nintendo losses of about $65m. Bowser was also ordered to pay $14.5m to Nintendo in a "
        "separate civil case. The judge said the sentence should deter others who profit from "
        "piracy. He was arrested in the Dominican Republic in 2020 and deported to the US. The "
        "sentence was imposed in February 2022. Nintendo said it would keep pursuing those who "
        "sell hacking tools and pirated games. Two other alleged members of the group, both "
        "French nationals, remain at large.",
        "crime",
    ),
    (
        "India bans PUBG Mobile and 117 other Chinese apps citing sovereignty",
        "India has banned PUBG Mobile and 117 other apps with links to China, saying they were "
        "engaged in activities “prejudicial to the sovereignty and integrity of India”. The ban, "
        "announced by the IT ministry on Wednesday, follows an earlier block on TikTok and 58 "
        "other apps in June, after a deadly border clash in the Galwan valley. PUBG Mobile, "
        "published in India with Tencent, had about 33 million daily users in the country. "
        "Players and streamers reacted with dismay, and some esports teams said they would have "
        "to disband. Krafton, the South Korean owner of the game, said it would take back "
        "publishing rights in India from Tencent. The ban took effect in September 2020. A local "
        "version of the game was later approved. Critics said the ban was a political gesture "
        "that hurt Indian players more than Chinese companies.",
        "politics",
    ),
    (
        "China caps children's online gaming at three hours a week",
        "China has limited under-18s to one hour of online gaming on Fridays, weekends and "
        "public holidays, the strictest rules yet on an industry that state media has called "
        "“spiritual opium”. The National Press and Publication Administration said game "
        "companies must enforce the limits with real-name registration. Tencent and NetEase, the "
        "country's biggest game makers, said they would comply. Parents' groups welcomed the "
        "rules, while some analysts said they would push teenagers to use their parents' "
        "accounts. Tencent shares fell about 3% in Hong Kong. Under earlier rules, minors could "
        "play for 90 minutes a day. The rules were announced in August 2021. Chinese regulators "
        "also froze approvals of new games for several months. Industry groups said minors "
        "accounted for a small share of game spending.",
        "politics",
    ),
    (
        "Turkey blocks Roblox over concerns about child abuse content",
        "Turkey has blocked access to the online game platform Roblox, citing concerns about "
        "content that could lead to the exploitation of children, the justice minister said. A "
        "court in Adana ordered the block as part of an investigation, and the information "
        "technologies authority carried it out on Wednesday. Roblox has about 80 million daily "
        "users around the world, many of them children. The company said it was “working to "
        "restore access as soon as possible” and was committed to safety. Turkey has in the past "
        "blocked Wikipedia, Instagram and Discord. Some Turkish players switched to virtual "
        "private networks to get round the ban. The platform was blocked in August 2024. Parents "
        "who rely on the game to keep children busy in the summer holidays complained on social "
        "media. A Turkish lawmaker from the opposition called the decision “censorship dressed "
        "as child protection”.",
        "politics",
    ),
    (
        "Senators launch fresh attack on violent video games after school shooting",
        "Republican senators have renewed their attack on violent video games, calling for a "
        "federal study into links between shooters like Call of Duty and real-world violence "
        "after a school shooting in Texas. Game industry groups said decades of research had "
        "found no causal link and accused lawmakers of dodging the debate on guns. The "
        "Entertainment Software Association said games were played in every developed country "
        "but that the US had far higher levels of gun violence. The proposal faces little chance "
        "of passing the Democratic-controlled Senate. Previous attempts to regulate game sales "
        "were struck down by the Supreme Court in 2011. The bill was introduced in June 2022. "
        "Some Democrats called it “a distraction”. President Joe Biden has called for a ban on "
        "assault weapons instead.",
        "politics",
    ),
    (
        "Belgium's loot box ban: four years on, games still sell random rewards",
        "Four years after Belgium declared loot boxes a form of gambling, many popular mobile "
        "games still sell them to Belgian players, a study published on Tuesday found. "
        "Researchers said 82 of the 100 top-grossing iPhone games contained paid random rewards. "
        "The country's gaming commission, which ruled in 2018 that such mechanics broke gambling "
        "laws, has little power to enforce the ban. Consumer groups called on the EU to act. "
        "Some publishers, including Nintendo and Blizzard, withdrew games or removed the "
        "features in Belgium after the ruling. “A ban without enforcement is just a press "
        "release,” one of the study's authors said. The study was published in April 2022. The "
        "Dutch courts, by contrast, overturned a similar ruling against EA. Britain decided "
        "against a ban, preferring voluntary rules drawn up by the industry.",
        "politics",
    ),
]
