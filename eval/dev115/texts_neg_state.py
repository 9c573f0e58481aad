"""dev115 hard negatives: the state's side of a war abroad: statements, recognition, court cases,
sanctions and votes on arms exports (politics), defence budgets, arms deals, conscription and
fairs (military), and mediation, deals and released hostages coming home (peace)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ireland, Spain and Norway to recognise State of Palestine",
        "The Government will formally recognise the State of Palestine next Tuesday in a "
        "coordinated move with Spain and Norway, the Taoiseach announced at Government "
        "Buildings on Wednesday. He said the decision was meant to keep the two-state "
        "solution alive and was 'not against anybody'. Israel immediately recalled its "
        "ambassador from Dublin for consultations. The Palestinian flag was raised over "
        "Leinster House later in the week. Sinn Féin welcomed the move but said it should "
        "have come years ago.",
        "politics",
    ),
    (
        "South Africa files genocide case against Israel at ICJ",
        "South Africa has asked the International Court of Justice in The Hague to rule "
        "that Israel is violating the Genocide Convention in Gaza and to order provisional "
        "measures, the Department of International Relations and Cooperation said on "
        "Friday. The 84-page application was lodged after weeks of preparation by a legal "
        "team that includes two senior advocates from Johannesburg. Israel called the case "
        "'baseless', while the ANC said it was proud of the government's stand.",
        "politics",
    ),
    (
        "Japan freezes assets of Putin, bans exports of semiconductors to Russia",
        "The government on Friday froze the assets of President Vladimir Putin and other "
        "senior Russian officials and banned exports of semiconductors and other high-tech "
        "goods to Russia, Prime Minister Fumio Kishida said. The measures, taken in step "
        "with the Group of Seven, also target several Russian banks and the state "
        "development corporation. Kishida told reporters that Japan had to show that 'a "
        "change of the status quo by force will not be tolerated', with an eye on East "
        "Asia. The Russian Embassy in Tokyo called the measures 'unfriendly'.",
        "politics",
    ),
    (
        "Singapore to impose sanctions on Russia in rare unilateral move",
        "Singapore will impose export controls on items that can be used as weapons "
        "against Ukraine and block certain Russian banks from the financial system, "
        "Foreign Minister Vivian Balakrishnan told Parliament on Monday. It is a rare step "
        "for the Republic, which normally applies sanctions only when they are backed by "
        "the UN Security Council. Dr Balakrishnan said a small state could not accept 'the "
        "invasion of a sovereign country' as the way the world works.",
        "politics",
    ),
    (
        "Ottawa sanctions four Israeli settlers accused of violence against Palestinians",
        "Canada has imposed sanctions on four Israeli settlers it accuses of extremist "
        "violence against Palestinians in the occupied West Bank, the Foreign Affairs "
        "Minister announced on Thursday, freezing any assets they hold in Canada and "
        "barring them from entering the country. The measures follow similar steps by the "
        "United States and Britain. Israel's ambassador said the sanctions were "
        "'unhelpful'. The government said further names could be added.",
        "politics",
    ),
    (
        "Congress approves ban on arms trade with Israel",
        "Spain's Congress of Deputies on Thursday approved a decree banning the purchase "
        "and sale of weapons and military equipment to and from Israel, with votes from "
        "the governing coalition and its allies. The text also bans imports of products "
        "from Israeli settlements. The opposition Popular Party voted against, calling it "
        "'a gesture for the gallery'. The government says Spain has not authorised new "
        "arms exports to Israel since October 2023.",
        "politics",
    ),
    (
        "Dutch appeals court orders halt to F-35 parts exports to Israel",
        "The court of appeal in The Hague on Monday ordered the Dutch government to stop "
        "all exports of F-35 fighter jet parts to Israel within seven days, ruling that "
        "there was a clear risk they could be used in serious violations of international "
        "law in Gaza. The parts are stored at a US-owned warehouse in Woensdrecht. The "
        "government said it would appeal to the Supreme Court. Human rights groups that "
        "brought the case called it a landmark. The ruling is one of the first of its kind "
        "in Europe.",
        "politics",
    ),
    (
        "Wallonia suspends gunpowder export licences to Israel",
        "The Walloon government has suspended two licences allowing a Belgian company to "
        "export gunpowder to Israel, the regional minister-president said on Tuesday, "
        "citing the situation in Gaza. In Belgium arms export licences are issued by the "
        "regions, and Flanders and Brussels are under pressure to follow.",
        "politics",
    ),
    (
        "Lula's Gaza comparison sparks diplomatic row; Israel declares him persona non grata",
        "Israel on Monday declared President Luiz Inácio Lula da Silva 'persona non grata' "
        "after he compared the war in Gaza to the Holocaust at a press conference in Addis "
        "Ababa, and summoned Brazil's ambassador to the Yad Vashem memorial for a public "
        "reprimand. Itamaraty responded by recalling the ambassador for consultations. "
        "Opposition deputies in Brasília filed an impeachment request, which has no chance "
        "of advancing. Brazil's foreign minister said the president had been criticising "
        "the Israeli government, not the Jewish people. The Israeli ambassador in Brasília "
        "was summoned to Itamaraty the same day.",
        "politics",
    ),
    (
        "Yoon says Seoul may send weapons to Ukraine if North Korean troops join combat",
        "President Yoon Suk Yeol said Thursday that South Korea would not rule out "
        "supplying weapons to Ukraine directly, depending on how North Korea's deployment "
        "of troops to Russia develops. 'If the North Korean army moves into combat, we "
        "will consider it in stages,' Yoon told a press conference marking the midpoint of "
        "his term. Seoul has so far limited its aid to non-lethal equipment and "
        "humanitarian support.",
        "politics",
    ),
    (
        "Anwar: Malaysia will not bow to pressure to condemn Hamas",
        "Prime Minister Anwar Ibrahim told the Dewan Rakyat on Monday that Malaysia would "
        "not yield to pressure from Western countries to condemn Hamas, with which it has "
        "maintained relations since the group won elections in 2006. Anwar said Malaysia "
        "opposed violence against civilians on all sides but would not accept 'double "
        "standards'. Opposition MPs from PAS applauded the statement.",
        "politics",
    ),
    (
        "Government designates whole of Hamas a terrorist entity",
        "The Government has designated the entirety of Hamas, including its political "
        "wing, as a terrorist entity under the Terrorism Suppression Act, the Prime "
        "Minister announced at his post-Cabinet press conference. Until now only the "
        "group's military wing had been designated. The Green Party said the decision did "
        "nothing to help civilians. The designation makes it an offence to participate in "
        "or support the group. Australia, Canada and the United Kingdom already list the "
        "whole group.",
        "politics",
    ),
    (
        "Cabinet approves plan to double defence spending to 2% of GDP by 2027",
        "The Cabinet on Friday approved three security documents that will double Japan's "
        "defence spending to around 2% of GDP by fiscal 2027 and give the Self-Defense "
        "Forces 'counterstrike capabilities' for the first time. The plan includes buying "
        "up to 400 Tomahawk cruise missiles from the United States. Officials cited "
        "Russia's invasion of Ukraine and China's military build-up. The spending plan is "
        "worth about ¥43 trillion over five years. The increase will be financed partly by "
        "tax rises whose timing has been left open.",
        "military",
    ),
    (
        "Bundestag approves €100 billion special fund for the Bundeswehr",
        "The Bundestag on Friday approved a €100 billion special fund to modernise the "
        "Bundeswehr, amending the Basic Law with the votes of the coalition and the "
        "CDU/CSU. The money will pay for F-35 fighter jets, heavy transport helicopters "
        "and new ammunition stocks. The chancellor had announced the fund three days after "
        "Russia's invasion of Ukraine in what he called a 'Zeitenwende'. The Left Party "
        "voted against. The Greens agreed after securing money for cyber defence.",
        "military",
    ),
    (
        "Hyundai Rotem, Hanwha sign $5.8 billion deal to supply tanks and howitzers to Poland",
        "Hyundai Rotem and Hanwha Aerospace signed contracts worth $5.8 billion on "
        "Saturday to supply Poland with K2 tanks and K9 self-propelled howitzers, the "
        "biggest arms export deal in Korea's history. The first 10 K2 tanks are to arrive "
        "by the end of the year. Poland is replacing Soviet-era equipment it has sent to "
        "Ukraine. Defence officials said the deals could open the door to other European "
        "buyers. Shares of Hyundai Rotem rose 4.5 percent on the news.",
        "military",
    ),
    (
        "AUKUS: Australia to buy up to five Virginia-class submarines",
        "Australia will buy at least three and up to five Virginia-class nuclear-powered "
        "submarines from the United States in the 2030s before building its own boats in "
        "Adelaide, the Prime Minister announced in San Diego. The plan will cost up to "
        "$368 billion over three decades, the Defence Department said. Unions welcomed the "
        "jobs, while former prime minister Paul Keating called it 'the worst deal in all "
        "history'.",
        "military",
    ),
    (
        "Defence Capability Plan commits $12 billion over four years",
        "The Government has committed $12 billion to defence over the next four years in "
        "its Defence Capability Plan, lifting spending towards 2% of GDP within eight "
        "years, the Defence Minister announced. The plan includes replacing the Navy's "
        "helicopters and buying drones and long-range strike weapons. The minister said "
        "the world was 'less safe than at any time in decades', pointing to Ukraine and "
        "the Middle East.",
        "military",
    ),
    (
        "Canada commits to hitting NATO's 2% target by 2032",
        "Canada will meet NATO's target of spending 2% of GDP on defence by 2032, the "
        "Prime Minister told allies at the NATO summit in Washington, after months of "
        "criticism that Ottawa was the alliance's laggard. Much of the increase will come "
        "from a planned purchase of up to 12 submarines.",
        "military",
    ),
    (
        "Saeima votes to bring back conscription",
        "Latvia's parliament voted on Wednesday to reintroduce compulsory military service "
        "for men aged 18 to 27, 17 years after it was abolished, citing Russia's war "
        "against Ukraine. The first volunteers will join in July, and call-ups will begin "
        "in January. The defence minister said the aim was to have a trained reserve of "
        "50,000 people. Students and men who have served in other countries' armies will "
        "be exempt. The ruling coalition and most opposition parties supported the bill.",
        "military",
    ),
    (
        "Bern blocks Germany from sending Swiss-made ammunition to Ukraine",
        "The Federal Council has again refused to allow Germany to pass on Swiss-made "
        "ammunition for Gepard anti-aircraft guns to Ukraine, citing Switzerland's "
        "neutrality and its war materiel law, which bans re-export to countries at war. "
        "Berlin had asked for permission to send about 12,000 rounds. Parliamentarians "
        "from several parties said the rules were damaging the Swiss arms industry's "
        "reputation abroad.",
        "military",
    ),
    (
        "Drones take centre stage at IDEX as buyers look at lessons from Ukraine",
        "Unmanned systems dominated the stands at IDEX, the defence exhibition that opened "
        "at ADNEC in Abu Dhabi on Monday, with more than 1,500 exhibitors from 65 "
        "countries. EDGE Group unveiled a family of loitering munitions and interceptor "
        "drones, and several companies marketed systems they said had been 'battle-tested' "
        "in Ukraine. The UAE Armed Forces announced contracts worth several billion "
        "dirhams on the first day.",
        "military",
    ),
    (
        "Danish F-16s for Ukraine leave Skrydstrup",
        "The first Danish F-16 fighter jets promised to Ukraine have left Skrydstrup air "
        "base, the Ministry of Defence said on Tuesday, without giving their destination "
        "for security reasons. Denmark has pledged 19 aircraft, to be delivered in stages "
        "as Ukrainian pilots finish their training.",
        "military",
    ),
    (
        "Freed Thai hostages home to tears at Suvarnabhumi",
        "Five Thai farm workers held in Gaza for 15 months arrived at Suvarnabhumi Airport "
        "on Sunday, greeted by weeping relatives and the foreign minister. They were "
        "released under the ceasefire agreement between Israel and Hamas and spent a week "
        "in an Israeli hospital for checks. 'I did not think I would see my mother again,' "
        "one of the men said. The government has promised each of them compensation and a "
        "job. Relatives from Udon Thani had travelled to Bangkok overnight by bus.",
        "peace",
    ),
    (
        "Qatar announces four-day humanitarian pause in Gaza with hostage release deal",
        "Qatar's foreign ministry announced on Wednesday that mediation by Doha, Egypt and "
        "the United States had produced an agreement for a four-day humanitarian pause in "
        "Gaza, under which 50 women and children held hostage would be exchanged for "
        "Palestinian women and children held in Israeli prisons. The pause will allow more "
        "aid and fuel to enter the strip. The ministry said the start time would be "
        "announced within 24 hours.",
        "peace",
    ),
    (
        "Grain corridor deal signed at Dolmabahçe",
        "Russia and Ukraine signed separate agreements with Türkiye and the United Nations "
        "at Dolmabahçe Palace in Istanbul on Friday to allow grain to be shipped from "
        "Ukraine's Black Sea ports. A joint coordination centre will be set up in Istanbul "
        "to inspect ships. President Erdoğan said the deal would help 'billions of people' "
        "facing rising food prices, and UN Secretary-General António Guterres called it 'a "
        "beacon of hope'.",
        "peace",
    ),
    (
        "Sudan's warring sides sign Jeddah declaration on protecting civilians",
        "Representatives of the Sudanese army and the Rapid Support Forces signed a "
        "declaration in Jeddah late on Thursday committing them to protect civilians and "
        "allow humanitarian aid, Saudi Arabia and the United States said. The talks will "
        "now move on to a short-term ceasefire. Sudanese living in the Gulf welcomed the "
        "signing, though many said they doubted it would hold.",
        "peace",
    ),
    (
        "UAE mediation secures exchange of 190 prisoners between Russia and Ukraine",
        "The United Arab Emirates succeeded in a new mediation between Russia and Ukraine "
        "that led to the exchange of 190 prisoners of war, 95 on each side, the Ministry "
        "of Foreign Affairs said on Wednesday, WAM reported. It is the seventh such "
        "mediation by the UAE this year, bringing the total number of captives exchanged "
        "through its efforts to more than 1,900.",
        "peace",
    ),
    (
        "African peace mission leaves for Kyiv and St Petersburg",
        "President Cyril Ramaphosa and leaders of six other African countries left for "
        "Kyiv and St Petersburg on Thursday on a peace mission to Ukraine and Russia, the "
        "Presidency said. The delegation will present a 10-point plan that includes "
        "prisoner exchanges, the return of children and unhindered grain exports. Analysts "
        "said the mission was unlikely to change much but gave Africa a voice in the "
        "debate.",
        "peace",
    ),
]
