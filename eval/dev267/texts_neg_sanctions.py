"""dev267 negatives: sanctions packages, listings, embargoes, court cases over exports, fines and
compliance, with the desk's war words used loosely (title, text, kind code)."""

NEGATIVES = [
    (
        "EU agrees 14th sanctions package, targets Russian LNG transshipment for the first time",
        "European Union ambassadors agreed on Thursday a 14th package of sanctions against Russia, banning "
        "for the first time the reloading of Russian liquefied natural gas in EU ports for shipment to "
        "third countries. The package, held up for weeks by Germany's concerns over a clause on the "
        "subsidiaries of EU companies, also lists 27 vessels of the so-called shadow fleet and 61 companies "
        "accused of helping Moscow obtain battlefield electronics, including firms in China, Turkey and the "
        "United Arab Emirates. Hungary dropped its objections after securing assurances on a gas pipeline "
        "project. Belgian officials said the ban on transshipment would cover about a quarter of Russia's "
        "LNG exports to Europe's ports. 'Our sanctions are hitting the Kremlin where it hurts,' Commission "
        "President Ursula von der Leyen said. Diplomats said work would begin soon on a 15th package aimed "
        "at closing loopholes. Russia said the measures would backfire on European consumers.",
        "politics",
    ),
    (
        "Security Council renews South Sudan arms embargo by narrow margin",
        "The UN Security Council on Friday extended its arms embargo on South Sudan for another year, with "
        "nine votes in favour and six abstentions, the slimmest margin since the measures were imposed in "
        "2018. The resolution also renews targeted sanctions on several military officials and the "
        "mandate of the panel of experts that monitors them. Russia, China, Pakistan, Algeria, Somalia and "
        "Guyana abstained, arguing that the embargo hampers the government's efforts to build a unified "
        "army under the 2018 peace agreement. The United States, which drafted the text, said the "
        "restrictions were needed because weapons continued to flow to armed groups. South Sudan's envoy "
        "called the vote 'a punishment of the people'. African Union officials have called for the embargo "
        "to be eased in stages. The panel is due to report in the autumn on the implementation of "
        "benchmarks set by the council."
        " South Sudan's government has complained that the embargo prevents it from equipping soldiers "
        "who are supposed to join a unified national army. Rights groups said lifting it would be "
        "premature while elections remain delayed and armed groups still recruit children. A Western "
        "diplomat said several council members had been lobbied hard by the African Union. The US deputy "
        "ambassador said the council stood ready to review the measures if the government met the "
        "benchmarks. Next year's vote is likely to be closer still, diplomats said.",
        "politics",
    ),
    (
        "UK acted unlawfully in licensing Saudi arms sales, appeal judges rule",
        "Britain's Court of Appeal ruled on Thursday that the government acted unlawfully when it licensed "
        "the sale of weapons to Saudi Arabia without properly assessing whether the coalition fighting in "
        "Yemen had broken international humanitarian law. The ruling, in a case brought by Campaign "
        "Against Arms Trade, does not halt exports, but ministers must reconsider the licences and will not "
        "grant new ones while they do so, Trade Secretary Liam Fox told parliament. Britain has licensed at "
        "least 4.7 billion pounds of arms to the kingdom since the war began in 2015, including Typhoon "
        "jets and Paveway bombs. The judges said the government had made 'no concluded assessments' of past "
        "incidents. The government said it would seek to appeal. 'This is a historic victory,' said "
        "Andrew Smith of CAAT. BAE Systems, which supports the Saudi air force, declined to comment."
        " Lawyers for the government had argued that officials had weighed a broad range of information, "
        "including reports from the United Nations and from non-governmental groups, and that ministers "
        "were entitled to rely on Saudi assurances. The judges said the question was not whether the "
        "process was imperfect, but whether it had been rational. Opposition parties called for an "
        "immediate suspension of all sales. Campaigners said they expected similar legal challenges in "
        "other European countries.",
        "politics",
    ),
    (
        "US sanctions dozens of Chinese firms over support for Russia's war machine",
        "The United States on Wednesday added more than 300 companies and individuals to its sanctions "
        "list, among them around 20 firms in mainland China and Hong Kong it accuses of supplying machine "
        "tools, microelectronics and drone parts to Russia's military-industrial base. The Treasury "
        "Department also widened its secondary sanctions to cover foreign banks that deal with Russian "
        "lenders already on the list, a move aimed at choking trade finance. 'We are going after every "
        "avenue Russia uses to rebuild its arsenal,' Deputy Treasury Secretary Wally Adeyemo said. China's "
        "foreign ministry said it firmly opposed 'illegal unilateral sanctions' and would protect its "
        "companies' rights. The Commerce Department separately put 93 entities on its export blacklist. "
        "Sanctions lawyers said banks in Central Asia and the Gulf were already pulling back from Russian "
        "clients."
        " The new listings also target networks in Turkey, the United Arab Emirates and Kyrgyzstan that "
        "the Treasury says have shipped ball bearings, optical equipment and CNC machines. A company in "
        "Shenzhen that the department accuses of selling thousands of drone engines was among those "
        "named. Several of the firms were already on Commerce's Entity List, which restricts their "
        "access to US technology. Banking lawyers said the secondary sanctions threat would matter more "
        "than the new names. 'No foreign bank wants to be cut off from the dollar over a handful of "
        "Russian clients,' said one.",
        "politics",
    ),
    (
        "Russia vetoes renewal of UN panel watching North Korea sanctions",
        "Russia vetoed on Thursday a resolution that would have extended the mandate of the UN panel of "
        "experts monitoring sanctions on North Korea, ending 15 years of independent reporting on Pyongyang's "
        "weapons programmes. Thirteen of the council's 15 members voted in favour and China abstained. The "
        "panel's reports have tracked ship-to-ship transfers of oil, cyber theft of cryptocurrency and, "
        "most recently, allegations of arms transfers from North Korea to Russia. Russian envoy Vassily "
        "Nebenzia said the panel had been 'reduced to playing into the hands of Western approaches'. The "
        "sanctions themselves remain in force, but diplomats said enforcement would be weakened without "
        "the panel's findings. 'This is the equivalent of destroying a CCTV camera to avoid being caught "
        "red-handed,' South Korea's ambassador Joonkook Hwang said. Western governments said they would "
        "look for other ways to monitor compliance.",
        "politics",
    ),
    (
        "Switzerland again blocks Germany from sending Swiss-made tank ammunition to Ukraine",
        "Switzerland has rejected a second German request to re-export 35mm ammunition for Gepard "
        "anti-aircraft tanks to Ukraine, citing its neutrality law, the Swiss economy ministry said on "
        "Thursday. Berlin has sent Gepard systems to Kyiv, but the rounds they fire are made by a Swiss "
        "company and come with a ban on re-export without Bern's consent. 'Swiss neutrality does not permit "
        "approval of exports to a party in an international armed conflict,' the ministry said in a letter "
        "to Berlin. Germany's defence ministry said it would look for other sources of ammunition. The "
        "decision has deepened a debate in Swiss politics about whether the country's strict export law "
        "is damaging its arms industry and its reputation abroad. Some lawmakers want a special exception "
        "for re-exports by democratic partner states. Denmark received a similar refusal for Swiss-made "
        "armoured vehicles.",
        "politics",
    ),
    (
        "UN sanctions on Iran return as snapback deadline passes",
        "United Nations sanctions on Iran that were lifted under the 2015 nuclear deal came back into force "
        "on Sunday, after Britain, France and Germany triggered the 'snapback' mechanism and last-minute "
        "talks failed. The measures reimpose an arms embargo, a ban on enrichment and on ballistic missile "
        "work, and an asset freeze on dozens of Iranian individuals and entities. Russia and China said the "
        "move was legally void and that they would not enforce it. Iran recalled its ambassadors to the "
        "three European capitals for consultations. The rial fell to a record low in Tehran's currency "
        "markets. European diplomats said the door to negotiations remained open if Iran restored access "
        "for UN inspectors. 'The ball is in Tehran's court,' a French official said. Analysts said the "
        "practical effect would be limited because US and EU sanctions already cover most of Iran's "
        "trade."
        " The Iranian parliament debated a bill to leave the Nuclear Non-Proliferation Treaty, but "
        "Foreign Minister Abbas Araqchi said the government had no plans to do so. Tehran's stock market "
        "fell by about 4% and gold prices rose. Shipping brokers said the return of UN measures could "
        "make it harder for Iranian tankers to find insurers and ports. Washington said it would work "
        "with partners to ensure the measures were applied 'swiftly and fully'.",
        "politics",
    ),
    (
        "US Supreme Court throws out Mexico's lawsuit against American gunmakers",
        "The Supreme Court on Thursday unanimously dismissed Mexico's $10 billion lawsuit accusing American "
        "gun manufacturers of aiding the trafficking of weapons to drug cartels. Justice Elena Kagan wrote "
        "that Mexico had not plausibly shown that Smith & Wesson and other companies aided and abetted "
        "illegal sales by dealers, and that a 2005 law shields the industry from such claims. Mexico's "
        "government has said that 70% of guns recovered at crime scenes in the country were smuggled from "
        "the United States. The gunmakers said the case was an attempt to blame them for the failures of "
        "Mexican law enforcement. Mexico's foreign ministry said it would keep pursuing a separate case "
        "against five gun shops in Arizona. Gun-control groups called the ruling a blow to efforts to curb "
        "the 'iron river' of weapons flowing south.",
        "politics",
    ),
    (
        "Canada cancels drone-camera export permits to Turkey after review",
        "Canada has cancelled export permits for drone optics and sensors sold to Turkey, Foreign Minister "
        "Marc Garneau said on Monday, concluding a review opened during last autumn's war in "
        "Nagorno-Karabakh. The review found 'credible evidence' that Canadian technology made by L3Harris "
        "Wescam in Burlington, Ontario, had been used in Turkish-made Bayraktar drones flown by Azerbaijan's "
        "forces, a use not consistent with Canada's foreign policy or the end-use assurances Ankara gave, "
        "Garneau said. Ottawa will also set up a new process for Turkish companies to request "
        "permits. Turkey's foreign ministry called the decision 'unacceptable' and said it would harm "
        "relations within NATO. Project Ploughshares, which first raised the alarm, welcomed the move but "
        "said the loophole allowing the sales had not been closed. The permits were worth about 17 million "
        "Canadian dollars.",
        "politics",
    ),
    (
        "BNP Paribas to pay $8.9 billion over sanctions breaches",
        "BNP Paribas agreed to pay $8.9 billion and pleaded guilty to violating US sanctions against Sudan, "
        "Iran and Cuba, the largest penalty ever imposed on a bank for such breaches, prosecutors said on "
        "Monday. France's biggest bank admitted that it processed thousands of transactions worth more "
        "than $190 billion for sanctioned clients between 2004 and 2012 through its branches in Geneva and "
        "Paris, and hid them from American regulators. It will also be banned for a year from clearing "
        "some dollar transactions, a blow to its oil and gas trade finance business. Thirteen employees "
        "have left the bank, including its chief operating officer. French ministers had lobbied "
        "Washington to reduce the fine, calling it disproportionate. 'We deeply regret the past misconduct,' "
        "chief executive Jean-Laurent Bonnafe said. Shares in the bank rose 3.6% in Paris as investors "
        "welcomed the end of the uncertainty."
        " The case has sent a chill through European banks, several of which are negotiating their own "
        "settlements with US authorities. Crédit Agricole and Commerzbank are among those under "
        "investigation, according to people familiar with the matter. Bankers in Paris complained that "
        "Washington was using the dollar's global role to police trade between third countries. 'This is "
        "a clear message to every bank in the world,' New York's banking regulator Benjamin Lawsky said.",
        "economy",
    ),
    (
        "ZTE pleads guilty, agrees $1.19 billion penalty for shipping US technology to Iran",
        "China's ZTE Corp pleaded guilty on Tuesday to violating US export controls by shipping American "
        "telecommunications equipment to Iran and North Korea, and agreed to pay $1.19 billion in fines and "
        "penalties, the largest ever in an export control case. The Commerce Department said ZTE had used "
        "front companies to hide hundreds of shipments of routers, microprocessors and servers and had "
        "lied to investigators. 'We are putting the world on notice: the games are over,' Commerce "
        "Secretary Wilbur Ross said. An independent monitor will oversee the company for three years, and "
        "a further $300 million penalty is suspended. ZTE, which relies on US chips made by Qualcomm and "
        "Intel, said it acknowledged its mistakes. Its shares resumed trading in Hong Kong after a "
        "suspension of almost a week. The case is likely to add to tensions in what some analysts already "
        "call a trade war over technology.",
        "economy",
    ),
    (
        "Seagate hit with record $300 million penalty over Huawei hard drives",
        "Seagate Technology will pay a $300 million civil penalty for shipping hard disk drives to Huawei "
        "in breach of US export controls, the Commerce Department said, the largest standalone "
        "administrative penalty in the agency's history. The company sent more than 7.4 million drives "
        "worth about $1.1 billion to the Chinese telecoms group between 2020 and 2021, after rival makers "
        "had stopped selling to it, investigators said. Seagate argued at the time that the rules did not "
        "apply because its drives were not made with American equipment. The Bureau of Industry and "
        "Security disagreed. Under the settlement, Seagate agreed to a five-year audit regime and a "
        "multi-year denial order that is suspended. 'Seagate continued its sales while its competitors "
        "stopped,' said Matthew Axelrod, the assistant secretary for export enforcement. Analysts said "
        "the fine would barely dent the company's annual earnings.",
        "economy",
    ),
    (
        "Shadow fleet tankers test the Western oil price cap",
        "A growing fleet of ageing tankers with obscure owners is carrying Russian crude to India, China "
        "and Turkey, and traders say much of it is sold above the $60 price cap that the Group of Seven "
        "imposed in December. Shipping data show more than 600 vessels have joined Russia's trade since "
        "the cap took effect, many registered in Gabon, the Cook Islands or Panama and insured outside "
        "Western markets. Russia's oil revenues have recovered as the discount on its Urals grade has "
        "narrowed. The United States and Britain have sanctioned a handful of the ships and their managers "
        "in Dubai and Hong Kong, a move traders said had briefly widened discounts. 'The cap is leaking, "
        "but it is not sinking,' said one London-based oil broker. Environmental groups warn that the old "
        "tankers pose a spill risk in the Danish straits and the Gulf of Finland. The European Commission "
        "is considering requiring proof of insurance for tankers passing its waters.",
        "economy",
    ),
    (
        "RTX to pay $200 million to settle export control violations",
        "RTX, the maker of Patriot missiles and Pratt & Whitney engines, agreed to pay $200 million to "
        "settle almost 750 violations of the US arms export rules, the State Department said on Friday. "
        "The violations included unauthorised exports of technical data on fighter jets and missile "
        "defence systems to countries including China, Iran and Lebanon, some of them through employees' "
        "laptops and some by subsidiaries that RTX acquired. Half of the penalty is suspended on condition "
        "that the money is spent on compliance improvements, and an outside monitor will be appointed for "
        "at least two years. The company disclosed most of the breaches itself. RTX said it had 'taken "
        "significant steps' to strengthen its controls. The company has also set aside funds for a "
        "separate bribery inquiry related to Qatar. RTX shares were little changed.",
        "economy",
    ),
    (
        "US tightens AI chip curbs on China, escalating tech war",
        "The United States on Tuesday widened its restrictions on exports of advanced artificial "
        "intelligence chips to China, closing loopholes that had let Nvidia sell slightly slower versions "
        "of its top processors to Chinese customers. The rules, which take effect in 30 days, also extend "
        "licence requirements to more than 40 other countries to stop chips being diverted through third "
        "countries. Commerce Secretary Gina Raimondo said the aim was to keep the most powerful technology "
        "out of the hands of the Chinese military, not to hurt China's economy. Nvidia shares fell 5% "
        "before recovering. Beijing called the move a 'unilateral bullying act' that would fragment the "
        "global chip market. Analysts said the curbs would intensify the AI arms race by pushing Chinese "
        "firms to build their own processors. Huawei is already supplying some Chinese tech groups with "
        "its Ascend chips.",
        "economy",
    ),
    (
        "US grants Chevron licence to resume Venezuela oil production",
        "The United States granted Chevron a licence on Saturday to resume limited oil production in "
        "Venezuela, easing sanctions after the government of Nicolas Maduro and the opposition restarted "
        "talks in Mexico City. The Treasury licence allows Chevron to pump oil in its joint ventures with "
        "state oil company PDVSA and export it to the United States, but bars any payment of royalties or "
        "taxes to the government. Officials said the decision did not signal a broader change in US policy "
        "and could be revoked if Caracas did not negotiate in good faith. The two sides agreed in Mexico "
        "City on a fund of about $3 billion, frozen abroad, to pay for health, food and power projects. "
        "Analysts said output from Chevron's fields could reach 200,000 barrels per day within a year. "
        "Venezuela's opposition welcomed the humanitarian agreement but said pressure must be kept up.",
        "economy",
    ),
]
