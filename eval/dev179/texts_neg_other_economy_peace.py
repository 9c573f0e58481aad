"""dev179 negatives: plain technology news (negative_other), economy with the war words of
markets and insurance, and peace (a ceasefire, a treaty)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Governments shut down the internet a record 296 times in 2024, Access Now says",
        (
            "Governments and other authorities cut off internet access at least 296 times in 54 "
            "countries last year, the highest number recorded since the digital rights group "
            "Access Now began counting in 2016, according to its annual report published on "
            "Monday. India again imposed the most shutdowns of any democracy, many of them in "
            "the north-east and in Punjab and Haryana during farmers' protests, although its "
            "total fell from the previous year. Myanmar overtook it with 85 shutdowns, the "
            "report said. For the first time, armed conflict was the leading trigger, accounting "
            "for more than 100 of the cases, followed by protests, elections and exams. The "
            "report counted shutdowns imposed by Russia in occupied parts of Ukraine and by "
            "Israel in Gaza, as well as cuts by armed groups such as Sudan's Rapid Support "
            'Forces. "Shutdowns are being used as a weapon of war and a tool of repression," the '
            "group's campaign manager said. The report also recorded a growing number of "
            "platform blocks, such as the ban on X in Brazil and on Telegram in several "
            "countries. Access Now called on telecom companies to publish the orders they "
            "receive. Ethiopia, Iran, Pakistan and Russia were also among the countries with the "
            "most shutdowns. Pakistan cut mobile data across the country on its election day in "
            "February, citing security threats. The report said shutdowns during exams had "
            "become more common in the Middle East and North Africa, with Iraq, Syria and "
            "Algeria each imposing daily cuts. Researchers said the true number was likely "
            "higher because short regional cuts often go unreported."
        ),
        "other",
    ),
    (
        "Red Sea cable repairs stalled as ships wait for permits in Houthi-threatened waters",
        (
            "Repairs to three undersea internet cables damaged in the Red Sea last month are "
            "unlikely to begin before the second quarter, the operators said on Tuesday, because "
            "cable ships need permits from Yemeni authorities and insurers are reluctant to "
            "cover work in the area. The Asia-Africa-Europe 1, Seacom and EIG cables were cut on "
            "February 24, disrupting about a quarter of traffic between Asia, Europe and the "
            "Middle East, according to a Hong Kong-based carrier. Most traffic was rerouted "
            "through other cables, and users in East Africa and the Gulf saw slower speeds "
            "rather than outages. US officials said the likely cause was the anchor of the "
            "Rubymar, a cargo ship that was disabled by a Houthi missile strike earlier in "
            "February and drifted for days before sinking with its cargo of fertiliser. The "
            "Houthis denied damaging the cables. Seacom said its repair vessel was waiting in "
            "Djibouti. The Red Sea carries at least 14 cables, and industry analysts say the "
            "region has long had too few routes and too few repair ships. Companies are planning "
            "new routes overland through Saudi Arabia and Iraq. Repair crews need to lift the "
            "damaged sections from depths of about 200 metres, splice in new cable and lower it "
            "back, work that normally takes a week or two once a ship is on site. Industry "
            "analysts said the incident showed how concentrated the world's data routes had "
            "become at a handful of chokepoints. Egypt, where most cables between Europe and "
            "Asia come ashore, has been pushing operators to build more landing stations. "
            "Google's planned Blue-Raman system, which will route traffic through Israel and "
            "Jordan, is due to be completed next year. Insurers have raised premiums for cable "
            "ships working in the region."
        ),
        "other",
    ),
    (
        (
            "Meta's Oversight Board overturns removal of Israel-Hamas war videos in first "
            "expedited cases"
        ),
        (
            "Meta's Oversight Board said on Tuesday that the company had been wrong to remove "
            "two videos related to the Israel-Hamas war from Facebook and Instagram, in the "
            "first cases it has decided under a new expedited process. One video showed a woman "
            "being taken hostage on a motorbike during the October 7 attack by Hamas on Israel, "
            "and the other showed the aftermath of a strike near al-Shifa hospital in Gaza City, "
            "including injured and dead children. The board said both posts had been shared to "
            "raise awareness or condemn violence and should be restored with a warning screen. "
            "It said Meta had lowered the threshold for its automated systems to remove content "
            "after the attack, which led to the removal of large amounts of posts that did not "
            "break its rules. Meta said it welcomed the decision and had already restored both "
            "videos. Rights groups have accused the company of disproportionately removing "
            "Palestinian content, while Israeli officials have criticised platforms for allowing "
            "Hamas propaganda to circulate. The board's decisions are binding on the individual "
            "posts but not on Meta's wider policies."
        ),
        "other",
    ),
    (
        "Jury orders NSO Group to pay WhatsApp $168 million over Pegasus hacking",
        (
            "A federal jury in California has ordered Israeli spyware maker NSO Group to pay "
            "Meta's WhatsApp about $168 million in damages for exploiting a flaw in the "
            "messaging app to install its Pegasus spyware on the phones of about 1,400 users in "
            "2019. The jury awarded $444,719 in compensatory damages and $167.3 million in "
            "punitive damages after a trial in Oakland that lasted just over a week. The targets "
            "included journalists, human rights activists and diplomats, WhatsApp said when it "
            "filed the lawsuit in 2019. NSO has argued that it sells Pegasus only to government "
            "agencies to fight crime and terrorism and that it does not operate the spyware "
            "itself, but the judge ruled last year that the company was liable for the hacking. "
            "During the trial, an NSO executive testified that the company had earned tens of "
            "millions of dollars from its customers. NSO said it would examine the verdict and "
            "consider an appeal. WhatsApp said it would seek a court order to stop NSO from "
            "targeting its users again. The company has been on a US export blacklist since "
            "2021."
        ),
        "other",
    ),
    (
        "Iraq cuts internet for hours each morning to stop students cheating in exams",
        (
            "Iraq began shutting down internet access across most of the country for several "
            "hours each morning this week, as secondary school students sat their final exams, "
            "and the cuts are due to continue until mid-July, the communications ministry said. "
            "Monitoring group NetBlocks showed connectivity falling close to zero at 6am and "
            "returning at about midday on each exam day. The Kurdistan region imposed its own, "
            "separate schedule of shutdowns for its exams. The ministry said the measure was "
            "needed because exam questions had been leaked on Telegram channels in previous "
            "years, although rights groups said cheating had continued despite similar cuts. "
            "Businesses, banks and online sellers complained of losing a working day each time, "
            "and an industry group estimated the cost at tens of millions of dollars. Syria and "
            "Algeria have imposed similar exam shutdowns, and Iraq's parliament has discussed "
            'replacing them with targeted blocks on messaging apps. "Punishing the whole country '
            'for a few cheaters makes no sense," said a software developer in Baghdad.'
        ),
        "other",
    ),
    (
        "Meta removes deepfake video of Zelensky telling Ukrainians to lay down arms",
        (
            "Meta said on Wednesday it had taken down a manipulated video that appeared to show "
            "Ukrainian President Volodymyr Zelensky calling on his soldiers to lay down their "
            "weapons and surrender to Russia. The video, which showed Zelensky standing at a "
            "lectern with a head that was slightly too large for his body, was posted on a "
            "hacked Ukrainian news website, and a text version ran on a television channel's "
            "news ticker. It also circulated on Telegram and on VKontakte, the Russian social "
            "network. Zelensky responded with a video of his own on Instagram, saying the only "
            "people who should lay down their arms were Russian soldiers. Ukraine's military "
            "intelligence had warned two weeks earlier that Russia was preparing a deepfake of "
            "the president. Researchers said the video was of poor quality and easy to spot, but "
            "warned that more convincing fakes would follow as the tools improved. YouTube and "
            "Twitter said they were also removing copies of the clip. Meta's head of security "
            "policy said the video violated its policy on misleading manipulated media."
        ),
        "other",
    ),
    (
        "EU vulnerability reporting rules kick in, and vendors have 24 hours to fess up",
        (
            "Makers of routers, smart cameras, password managers and almost every other "
            "connected product sold in the European Union must now report actively exploited "
            "vulnerabilities to the authorities within 24 hours of finding out about them, as "
            "the first obligations of the Cyber Resilience Act take effect this week. Vendors "
            "have to send an early warning to their national computer security incident response "
            "team and to ENISA, the EU cybersecurity agency, through a single reporting "
            "platform, followed by a fuller notification within 72 hours. The rest of the law, "
            "which requires products to ship with secure default settings and to receive "
            "security updates for at least five years, applies from December 2027. Industry "
            "groups had lobbied for a longer transition, arguing that small manufacturers and "
            "open source projects were not ready. Open source foundations won an exemption for "
            "volunteer developers during the drafting, but companies that sell products built on "
            "their code are still on the hook. Fines for breaching the rules can reach €15 "
            "million or 2.5 per cent of global turnover. ENISA says the platform has been tested "
            "with a handful of large vendors. Some security researchers worry that the 24-hour "
            "clock will push firms to report the bare minimum."
        ),
        "other",
    ),
    (
        "Helsing raises €600mn in round that values European defence AI start-up at €12bn",
        (
            "Helsing, the Munich-based defence technology company, has raised €600mn in a "
            "funding round led by Spotify founder Daniel Ek's investment firm Prima Materia, "
            "valuing it at about €12bn and making it one of Europe's most valuable start-ups. "
            "The company, founded in 2021 to build artificial intelligence software for the "
            "military, now also makes strike drones and has bought an aircraft manufacturer to "
            "build uncrewed combat planes. It has supplied thousands of its HX-2 drones to "
            "Ukraine and is building factories in Germany and the UK capable of producing "
            "hundreds of thousands of them in the event of a war. Investors have poured money "
            "into defence tech since European governments promised to raise military spending "
            "sharply, and shares of listed arms makers such as Rheinmetall have more than "
            "tripled. Critics, including some Spotify users, have called for a boycott of the "
            "music app over Ek's investment. Helsing said it would use the money to expand into "
            "more European countries and to develop underwater drones. Rivals in Europe and the "
            "US are raising funds at similar valuations, prompting warnings of a bubble. The "
            "round was one of the largest for a European technology company this year. Helsing's "
            "chief executive said the company expected most of its future revenue to come from "
            "hardware rather than software."
        ),
        "economy",
    ),
    (
        (
            "CrowdStrike shares slide as faulty update leaves companies rebuilding 8.5mn Windows "
            "machines"
        ),
        (
            "Shares in CrowdStrike fell 11 per cent on Friday after a faulty software update "
            "from the cybersecurity company crashed millions of Microsoft Windows computers "
            "around the world, grounding flights, taking broadcasters off air and forcing "
            "hospitals to postpone operations. Microsoft said about 8.5mn devices were affected, "
            "less than 1 per cent of all Windows machines, but many belonged to airlines, banks "
            "and other large companies that rely on CrowdStrike's Falcon software to defend "
            "against attacks. The company stressed that the outage was not caused by a "
            "cyberattack but by a defect in a content update for its sensor on Windows hosts. "
            "Engineers at affected companies set up war rooms and had to reboot many machines by "
            "hand, in some cases deleting a file from each one in safe mode. Delta Air Lines "
            "cancelled thousands of flights over several days and later said the outage had cost "
            "it $500mn. CrowdStrike's chief executive apologised and said he would testify "
            "before Congress. Insurers estimated losses to Fortune 500 companies at more than "
            "$5bn. Rivals said they were fielding calls from customers reconsidering their "
            "contracts."
        ),
        "economy",
    ),
    (
        (
            "Court rules Merck's insurers cannot use war exclusion to avoid paying for NotPetya "
            "losses"
        ),
        (
            "A New Jersey court has ruled that Merck's insurers cannot rely on a war exclusion "
            "clause to deny coverage for the $1.4 billion in losses the drugmaker suffered from "
            "the 2017 NotPetya cyberattack, a decision lawyers said could shape how the industry "
            "handles state-backed hacking. The insurers had argued that the attack was a hostile "
            "act by the Russian government against Ukraine, and that the damage to Merck's "
            "computers was collateral in an undeclared war. The judge found that the exclusion, "
            'which refers to "hostile or warlike action" by a government, had traditionally been '
            "applied to the use of armed force and that the insurers had done nothing to change "
            "its wording to cover cyberattacks. NotPetya, which the United States and Britain "
            "attributed to Russia's military intelligence, spread from a Ukrainian accounting "
            "software update to thousands of companies worldwide, disabling 40,000 of Merck's "
            "computers. Lloyd's of London has since told its underwriters to exclude losses from "
            "state-backed cyberattacks from standalone cyber policies. The insurers are expected "
            "to appeal. Another food company settled a similar claim with its insurer out of "
            "court. Merck, which makes vaccines and cancer drugs, was forced to borrow doses of "
            "a vaccine from a US government stockpile after the attack disrupted its production. "
            "Lawyers for the insurers said the ruling ignored the reality of modern warfare, in "
            "which states attack each other's economies through computer networks. Cyber "
            "insurance brokers said the case had already led insurers to rewrite their policies. "
            "Premiums for cyber cover rose by more than 50% in some markets last year."
        ),
        "economy",
    ),
    (
        "Gaza phone and internet networks restored in north as ceasefire takes hold",
        (
            "Paltel technicians reconnected mobile and internet service in parts of northern "
            "Gaza on Tuesday for the first time in months, as a ceasefire between Israel and "
            "Hamas held for a third day. The Palestinian telecommunications company said crews "
            "had repaired fibre routes between Gaza City and the south and had switched on about "
            "a dozen masts running on solar panels and generators. Residents returning to Gaza "
            "City and Jabaliya said they could call relatives in the south and abroad for the "
            "first time since the autumn. The ceasefire, which took effect on Sunday, has "
            "allowed hundreds of aid trucks a day into the strip and led to the release of three "
            "Israeli hostages and 90 Palestinian prisoners in its first exchange. Paltel said "
            "more than half of its network had been destroyed during the war and that a full "
            "repair would need equipment that Israel restricts from entering Gaza as dual-use "
            "items. Mediators from Egypt, Qatar and the United States are monitoring the truce. "
            "The company said customers would not be charged for the next month."
        ),
        "peace",
    ),
    (
        (
            "UN adopts first global cybercrime treaty despite objections from rights groups and "
            "tech firms"
        ),
        (
            "The UN General Assembly adopted the first global treaty on cybercrime on Tuesday "
            "without a vote, ending five years of negotiations that began with a proposal from "
            "Russia and drew opposition from human rights groups and technology companies. The "
            "Convention against Cybercrime requires countries to criminalise offences such as "
            "hacking, ransomware and the online sexual abuse of children, and sets out rules for "
            "sharing electronic evidence across borders. It will open for signature at a "
            "ceremony in Hanoi next year and enter into force 90 days after it has been ratified "
            "by 40 states. Critics say the treaty's broad language on collecting evidence for "
            "any serious crime could let authoritarian governments demand data on journalists "
            "and dissidents from other countries. The United States and the European Union "
            "backed the final text after safeguards were added, saying it would help countries "
            "fight criminal gangs that demand ransoms from hospitals and schools. An industry "
            "coalition representing more than 100 technology companies called the treaty a "
            "surveillance pact. The secretary-general said it was a strong testament to "
            "multilateralism."
        ),
        "peace",
    ),
]
