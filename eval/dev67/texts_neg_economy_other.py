"""Negatives: energy, grain, shipping, rates, ratings, reconstruction pledges, currencies, oil
(economy); elections, a former refugee, tourism (other).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "European gas prices rise as Russian transit via Ukraine ends",
        "European gas prices rose on Thursday to their highest in more than a year after "
        "Russian gas stopped flowing through Ukraine to Europe when a transit contract "
        "expired on New Year's Day. Slovakia and Austria, which had received much of the gas, "
        "said they had alternative supplies. Ukraine said the end of the deal would cost "
        "Russia about $5 billion a year.",
        "economy",
    ),
    (
        "Ukrainian farm exports via Black Sea corridor reach pre-war levels",
        "Ukraine shipped 6.8 million tonnes of agricultural products through its Black Sea "
        "ports in August, the most since the start of the full-scale war, the infrastructure "
        "ministry said, most of it grain for Spain, Egypt and China. Shipowners said "
        "insurance costs for the corridor had come down.",
        "economy",
    ),
    (
        "Container lines keep avoiding Red Sea as war-risk premiums stay high",
        "Most large container lines are still sending ships around the Cape of Good Hope "
        "rather than through the Red Sea and the Suez Canal, adding up to two weeks to "
        "voyages between Asia and Europe, shipping analysts said on Monday. War-risk "
        "insurance premiums for Red Sea transits remain about 0.7% of a ship's value, against "
        "0.05% before the crisis. Egypt said its canal revenue fell by more than half last "
        "year. Freight rates on the Shanghai to Rotterdam route are about three times their "
        "level of two years ago. Analysts said the lines would wait for months of calm before "
        "returning.",
        "economy",
    ),
    (
        "Russian central bank raises key rate to 21% as war spending fuels inflation",
        "Russia's central bank raised its key interest rate to a record 21% on Friday, saying "
        "inflation was running well above its forecast as military spending and labour "
        "shortages push up prices. The governor said further increases were possible. "
        "Business leaders warned that borrowing costs were becoming unaffordable.",
        "economy",
    ),
    (
        "Moody's downgrades Israel for first time, citing war with Hamas",
        "Moody's cut Israel's credit rating by one notch to A2 on Friday, the first downgrade "
        "in the country's history, citing the military conflict with Hamas and its "
        "consequences for public finances and governance. The agency kept a negative outlook. "
        "The prime minister said the economy was strong and the rating would rise again once "
        "the war was won.",
        "economy",
    ),
    (
        "Ukraine Recovery Conference in Rome yields €10 billion in pledges",
        "Governments and companies pledged more than €10 billion for Ukraine's reconstruction "
        "at a two-day conference in Rome, Italy's prime minister said on Friday. The pledges "
        "include money for rebuilding power plants and housing and a new European fund for "
        "defence companies. The World Bank puts Ukraine's recovery needs at more than $500 "
        "billion over a decade.",
        "economy",
    ),
    (
        "Arab leaders back $53 billion Egyptian plan to rebuild Gaza",
        "Arab leaders meeting in Cairo on Tuesday endorsed a $53 billion Egyptian plan to "
        "rebuild Gaza over five years without moving its Palestinian residents out, as an "
        "alternative to a US proposal. The plan would first clear rubble and put up temporary "
        "housing. Israel and the United States said it did not address the reality on the "
        "ground. It foresees a committee of technocrats running the territory for six months.",
        "economy",
    ),
    (
        "Iran's rial hits record low against the dollar",
        "Iran's rial fell to a record low of about 1,000,000 to the US dollar on the open "
        "market in Tehran on Saturday, currency websites showed, as traders worried about the "
        "return of UN sanctions. Exchange shops on Ferdowsi Street were crowded. The central "
        "bank said it would inject more hard currency. The currency has lost more than half "
        "its value in a year.",
        "economy",
    ),
    (
        "Kurdish oil exports through Turkey resume after two-year halt",
        "Oil began flowing again on Saturday through the pipeline from the Kurdistan Region "
        "to Turkey's Ceyhan port, after a halt of more than two years caused by an "
        "arbitration ruling and a dispute over payments, Iraq's oil ministry said. Initial "
        "flows are expected to reach 190,000 barrels a day. Oil companies operating in the "
        "region said payment guarantees were still needed.",
        "economy",
    ),
    (
        "Oil jumps 4% as traders price in Middle East supply risk",
        "Brent crude rose 4% to $78 a barrel on Monday as traders weighed the risk that "
        "tensions in the Middle East could disrupt supplies from the Gulf, analysts said. "
        "About a fifth of the world's oil passes through the Strait of Hormuz. Gains were "
        "capped by expectations that OPEC+ would raise output. Shipping data showed tankers "
        "still moving normally through the strait.",
        "economy",
    ),
    (
        "Lebanon's parliament elects army chief as president",
        "Lebanon's parliament elected army commander Joseph Aoun as president on Thursday in "
        "a second round of voting, ending a vacancy of more than two years. He won 99 of the "
        "128 votes. In his inaugural speech he promised that the state would hold a monopoly "
        "on weapons and rebuild areas destroyed in the war with Israel. Saudi Arabia, France "
        "and the United States welcomed the result.",
        "other",
    ),
    (
        "Iraqis vote in parliamentary election as turnout rises to 56%",
        "Iraqis voted on Tuesday in the country's sixth parliamentary election since 2003, "
        "with the electoral commission reporting a turnout of 56%, higher than in the last "
        "vote. The prime minister's coalition was expected to win the most seats. Security "
        "forces closed airports and borders for the day and banned travel between provinces.",
        "other",
    ),
    (
        "Reformist Pezeshkian wins Iran's presidential runoff",
        "Masoud Pezeshkian, a heart surgeon and lawmaker, won Iran's presidential runoff "
        "against hardliner Saeed Jalili with about 16 million votes, the interior ministry "
        "said on Saturday. Turnout was just under 50%. Supporters danced in the streets of "
        "Tehran and other cities. The early election was called after President Ebrahim Raisi "
        "died in a helicopter crash.",
        "other",
    ),
    (
        "Mariupol baker opens second cafe in Krakow",
        "Olena, who fled Mariupol with her two daughters in March 2022, opened her second "
        "cafe in Krakow this month, selling syrnyky and honey cake to Poles and Ukrainians "
        "alike. She started by baking at home and selling through a Facebook group. She now "
        "employs eleven people, most of them Ukrainian women. This year she began sending "
        "part of the profits to volunteers who buy generators for hospitals in Zaporizhzhia.",
        "other",
    ),
    (
        "Tourists return to Palmyra as Syria promotes ancient site",
        "Small groups of foreign tourists walked among the columns of Palmyra's colonnaded "
        "street on Friday as Syria's tourism ministry promoted the UNESCO site ahead of the "
        "spring season. Archaeologists say restoring the Temple of Bel and the Arch of "
        "Triumph, blown up by the Islamic State group in 2015, will take years. Local guides "
        "said visitor numbers were still a fraction of those before 2011.",
        "other",
    ),
]
