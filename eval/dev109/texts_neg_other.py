"""dev109 plain negatives: elections, courts, science, weather, education and culture."""

# (title, text, kind code)
NEGATIVES = [
    (
        "ANC loses majority for first time as South Africa's vote count nears end",
        "The governing party's share falls to about 40 percent, forcing it to seek a "
        "coalition partner for the first time since 1994. Published On 1 Jun 2024 1 Jun 2024 "
        "South Africa's African National Congress has lost its parliamentary majority for the "
        "first time since the end of apartheid, with almost all votes counted in last week's "
        "general election. With results in from 99 percent of voting districts, the ANC had "
        "40.2 percent of the vote, down from 57.5 percent in 2019, according to the Electoral "
        "Commission of South Africa. The Democratic Alliance was second with 21.8 percent, "
        "followed by former President Jacob Zuma's new uMkhonto we Sizwe (MK) party with 14.6 "
        "percent. Turnout was about 58 percent. Zuma's party, which did particularly well in "
        "his home province of KwaZulu-Natal, said it would challenge the results, alleging "
        "irregularities. Analysts said the ANC's poor showing reflected anger over "
        "unemployment, which stands at 32 percent, power cuts and corruption. Parliament must "
        "elect a president within 14 days of the final results being declared. Keep reading "
        "list of 2 items list 1 of 2 Who is Jacob Zuma and what is the MK party? list 2 of 2 "
        "South Africa's rand slips as ANC support falls end of list Source: Al Jazeera",
        "other",
    ),
    (
        "James Webb telescope: Nasa reveals deepest image of the universe ever taken",
        "Published 12 July 2022 Image source, Nasa/Esa/CSA/STScI Image caption, The image "
        "shows the galaxy cluster SMACS 0723 as it appeared 4.6 billion years ago By Helen "
        "Marsh Science correspondent, BBC News The first full-colour image from the James "
        "Webb Space Telescope has been released, showing thousands of galaxies in the deepest "
        "view of the cosmos ever captured. The picture, unveiled by US President Joe Biden at "
        "the White House, shows a patch of sky about the size of a grain of sand held at "
        "arm's length. Some of the faint, red smudges in the background are galaxies whose "
        "light has travelled for more than 13 billion years to reach us. The $10bn telescope, "
        "a joint project of the US, European and Canadian space agencies, was launched on "
        "Christmas Day last year and is stationed 1.5 million km from Earth. Its mirror, 6.5m "
        "across, is the largest ever flown in space, and its instruments are designed to see "
        "in infrared light, which allows it to peer through dust. \"It's a new window into the "
        'history of our universe," said Nasa administrator Bill Nelson. More images, '
        "including of a dying star and a group of interacting galaxies, will be published on "
        "Tuesday. Related Topics Space exploration James Webb Space Telescope",
        "other",
    ),
    (
        "UK records highest temperature ever as 40C is passed for first time",
        "Met Office confirms provisional reading of 40.3C at Coningsby in Lincolnshire, as "
        "trains are cancelled and fire services declare major incidents Sarah Whitcombe "
        "Environment correspondent Tue 19 Jul 2022 18.02 BST The UK has recorded a "
        "temperature above 40C for the first time, with the Met Office confirming a "
        "provisional reading of 40.3C at Coningsby in Lincolnshire on Tuesday afternoon. At "
        "least 34 sites across the country beat the previous national record of 38.7C, set in "
        "Cambridge in 2019, the Met Office said. Network Rail cancelled services on the east "
        "coast main line, and several schools closed early. Grass fires broke out on the "
        "edges of London, and the London fire brigade said it had its busiest day since the "
        "second world war. The Met Office chief scientist, Stephen Belcher, said such "
        "temperatures would have been “virtually impossible” in the UK without "
        "human-caused climate change. Temperatures are expected to be cooler on Wednesday, "
        "with thunderstorms forecast in the south-east. Most viewed Russian missile strike on "
        "Vinnytsia kills 23, Ukrainian officials say Heatwave live: UK temperature record "
        "broken The 50 best summer reads Sign up to Down to Earth, the Guardian's free "
        "environment newsletter",
        "other",
    ),
    (
        "Supreme Court strikes down affirmative action in college admissions",
        "WASHINGTON (AP) — The Supreme Court ruled on Thursday that colleges and "
        "universities may no longer take an applicant’s race into account in admissions, "
        "ending a practice that has shaped American higher education for more than four "
        "decades. The court's conservative majority overturned admissions plans at Harvard "
        "and the University of North Carolina, the nation's oldest private and public "
        "colleges, respectively. Chief Justice John Roberts wrote for the majority that "
        "applicants must be judged on what they have done as individuals, not on their race. "
        "Reading her dissent from the bench, Justice Sonia Sotomayor said the ruling undid "
        "decades of progress toward equal opportunity. The decision was 6-3 in the North "
        "Carolina case and 6-2 in the Harvard case, from which Justice Ketanji Brown Jackson "
        "recused herself. President Joe Biden said he strongly disagreed with the decision "
        "and urged colleges not to abandon their commitment to diversity. Universities said "
        "they were reviewing the ruling, which does not apply to the nation's military "
        "academies. ___ Follow the AP's coverage of the U.S. Supreme Court",
        "other",
    ),
    (
        "Chandrayaan-3 lands on Moon: India becomes first country to touch down near lunar "
        "south pole",
        "TNN / Updated: Aug 23, 2023, 18:21 IST BENGALURU: India on Wednesday became the "
        "first country to land a spacecraft near the Moon's south pole, as the Chandrayaan-3 "
        "lander Vikram touched down at 6:04 pm, setting off celebrations at the Isro mission "
        "control centre and across the country. India is only the fourth country, after the "
        "United States, the former Soviet Union and China, to make a soft landing on the "
        'Moon. "India is on the Moon," Isro chairman S Somanath announced to cheers from '
        "scientists in Bengaluru. Prime Minister Narendra Modi, who watched the landing live "
        "from Johannesburg, where he was attending the BRICS summit, said the success "
        "belonged to all of humanity. The landing came four years after the Chandrayaan-2 "
        "lander crashed during its final descent, and days after Russia's Luna-25 probe "
        "crashed into the Moon. The six-wheeled rover Pragyan will roll out of the lander and "
        "spend one lunar day, about 14 Earth days, studying the soil and looking for traces "
        "of water ice. The mission cost about Rs 615 crore. Watch: Scientists at Isro "
        "celebrate as Vikram touches down",
        "other",
    ),
    (
        "Australians reject Indigenous Voice to Parliament in referendum",
        "By political reporter Liam Fraser Posted Sat 14 Oct 2023 at 9:42pm, updated Sun 15 "
        "Oct 2023 at 8:05am Australians have voted against a proposal to enshrine an "
        "Indigenous Voice to Parliament in the constitution, with a majority of voters in "
        "every state saying no. With more than 70 per cent of the vote counted, about 60 per "
        "cent of voters nationally had rejected the change, according to the Australian "
        "Electoral Commission. The proposal would have created a permanent advisory body of "
        "Aboriginal and Torres Strait Islander people to advise parliament and government on "
        "matters affecting them. Prime Minister Anthony Albanese said he respected the "
        "decision and called for unity, saying the result did not define Australia. "
        "Opposition leader Peter Dutton, who campaigned for the no side, said the referendum "
        "should never have been held. Leaders of the yes campaign asked for a week of silence "
        "to reflect on the result. Only the Australian Capital Territory voted yes. Show more "
        "ABC Subscribe to our newsletter Get the news you need, delivered to your inbox every "
        "weekday morning",
        "other",
    ),
    (
        "WAEC releases 2024 WASSCE results, 72% pass five credits including English and maths",
        "The West African Examinations Council (WAEC) has released the results of the 2024 "
        "West African Senior School Certificate Examination for school candidates, with 72.12 "
        "per cent of candidates obtaining credits in at least five subjects, including "
        "English Language and Mathematics. The Head of the National Office of WAEC, Josiah "
        "Dangut, announced the results at a press conference in Lagos on Monday. He said "
        "1,814,963 candidates sat the examination in 20,851 schools across the country, and "
        "that results of 215,267 candidates were being withheld over alleged malpractice. The "
        "pass rate was down from 79.81 per cent last year, he said. Mr Dangut said the "
        "council had used new methods, including serialised question papers, to reduce "
        "cheating. Candidates can check their results on the council's website with their "
        "examination numbers and scratch cards. He urged parents and school owners to stop "
        "helping children cheat, saying it was destroying the value of the certificate.",
        "other",
    ),
    (
        "Notre-Dame reopens its doors five years after devastating fire",
        "Issued on: 07/12/2024 - 20:14 Modified: 08/12/2024 - 09:02 3 min Reading time "
        "Notre-Dame cathedral in Paris reopened on Saturday evening with a ceremony attended "
        "by around 40 heads of state and government, five years after a fire tore through its "
        "roof and brought down its spire. The Archbishop of Paris, Laurent Ulrich, knocked "
        "three times on the cathedral's west doors with his crozier before they were opened "
        "to the sound of the choir and the great organ, which had not been played since the "
        "fire. President Emmanuel Macron thanked the firefighters, craftsmen and donors who "
        'had made the restoration possible, saying the country had "rediscovered what great '
        'nations are capable of". Guests included US President-elect Donald Trump, Ukrainian '
        "President Volodymyr Zelensky and Prince William. About 2,000 craftspeople worked on "
        "the restoration, which cost around €700 million, funded by donations from around "
        "340,000 people in 150 countries. Advertising Read more Syrian rebels reach outskirts "
        "of Damascus as Assad's forces collapse The first public mass will be held on Sunday "
        "morning, and the cathedral expects up to 15 million visitors a year. Read more "
        "Notre-Dame in numbers: the restoration that defied the odds",
        "other",
    ),
    (
        "Imran Khan sentenced to three years in Toshakhana case, arrested at Zaman Park",
        "An Islamabad court on Saturday sentenced former prime minister Imran Khan to three "
        "years in prison and fined him Rs100,000 after finding him guilty of concealing "
        "details of gifts he received from foreign leaders while in office, in the Toshakhana "
        "case. Additional District and Sessions Judge Humayun Dilawar, who announced the "
        "verdict, also ordered Mr Khan's immediate arrest. Police arrested the PTI chairman "
        "at his Zaman Park residence in Lahore shortly afterwards and took him to Attock "
        "jail, the party said. The conviction also disqualifies him from holding public "
        "office for five years, which would keep him out of the general elections due later "
        "this year. PTI lawyers said they would challenge the verdict in the Islamabad High "
        'Court, calling it a "mockery of justice". Mr Khan had not appeared at the hearing, '
        "and his lawyers had asked for the trial to be moved to another court. Police were "
        "deployed outside Zaman Park, but there was no large gathering of supporters.",
        "other",
    ),
    (
        "Rwanda bill passes after MPs and peers end weeks of wrangling",
        "Sunak says first flights will leave in 10 to 12 weeks, as charities vow legal "
        "challenges Daniel Kerr Home affairs editor Tue 23 Apr 2024 00.54 BST The "
        "government’s Safety of Rwanda bill has been passed by parliament after the House "
        "of Lords dropped its final objections late on Monday night, clearing the way for the "
        "deportation of some asylum seekers to the east African country. The bill, which "
        "declares Rwanda a safe country and instructs judges to treat it as such, was sent "
        "back and forth between the two houses five times before peers gave way. Rishi Sunak "
        "said earlier on Monday that the first flights would leave in 10 to 12 weeks, later "
        "than his earlier target of the spring. The Home Office said it had booked commercial "
        "charter planes and trained staff to escort the deportees. Refugee charities and "
        "lawyers said they would challenge individual removals in the courts. Labour has said "
        "it would scrap the scheme if it wins the next election. More than 7,000 people have "
        "crossed the Channel in small boats so far this year. Related: What is the Rwanda "
        "bill and will it work? Explore more on these topics Immigration and asylum Rishi "
        "Sunak House of Lords",
        "other",
    ),
    (
        "Sheinbaum wins landslide to become Mexico's first woman president",
        "MEXICO CITY (AP) — Claudia Sheinbaum, a climate scientist and former mayor of "
        "Mexico City, won Mexico's presidential election by a landslide, becoming the first "
        "woman elected to lead the country in its 200 years of independence. Preliminary "
        "results from the National Electoral Institute gave Sheinbaum between 58% and 60% of "
        "the vote, about 30 points ahead of opposition candidate Xóchitl Gálvez, with "
        "businessman Jorge Álvarez Máynez of the Citizens' Movement far behind. Sheinbaum, "
        "the protégé of outgoing President Andrés Manuel López Obrador, told cheering "
        "supporters in the capital's main square that she would govern for all Mexicans. \"For "
        "the first time in 200 years of the republic, I will become the first woman "
        'president," she said. Her Morena party and its allies were also on course for a '
        "two-thirds majority in Congress, enough to change the constitution. Gálvez conceded "
        "shortly before midnight. The peso fell more than 3% against the dollar on Monday as "
        "investors weighed the prospect of constitutional changes. Copyright 2024 The "
        "Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission.",
        "other",
    ),
    (
        "From Aleppo to the mayor's office: former refugee elected in Black Forest town",
        "Nine years after arriving in Germany as an asylum seeker, a Syrian-born "
        "administrator has won a mayoral election in a small town in Baden-Württemberg. "
        "04/17/2023 April 17, 2023 Rami Khalil, 29, won 55% of the vote in the first round of "
        "Sunday's election in Ostelfingen, a town of 2,700 people near Stuttgart, the local "
        "authority said. Khalil, who ran as an independent backed by the local Green party, "
        "arrived in Germany in 2015 and learned German in less than a year before training in "
        "public administration. He has worked for the past six years in the town hall of a "
        'neighbouring municipality. "People here did not vote for a refugee, they voted for '
        'someone who knows how a town hall works," he told DW. He said his priorities would '
        "be childcare, broadband and a new building for the volunteer fire brigade. Khalil, "
        "who holds German citizenship, is believed to be the first person who came to Germany "
        "as a refugee from Syria to be elected mayor. He will take office in June. Image: "
        "Christoph Schmidt/dpa/picture alliance Skip next section Explore more Explore more "
        "Germany's Greens back more childcare places",
        "other",
    ),
    (
        "Supreme Court strikes down electoral bonds scheme, orders SBI to disclose donors",
        "Updated - February 15, 2024 11:04 pm IST - NEW DELHI A five-judge Constitution Bench "
        "of the Supreme Court on Thursday unanimously struck down the Centre's electoral "
        "bonds scheme, holding that anonymous donations to political parties violated voters' "
        "right to information. The Bench, headed by Chief Justice of India D.Y. Chandrachud, "
        "ordered the State Bank of India to stop issuing the bonds immediately and to submit "
        "details of all bonds bought since April 2019 to the Election Commission, which must "
        "publish them on its website by March 13. The scheme, introduced in 2018, allowed "
        "individuals and companies to buy bonds from the SBI and donate them to parties "
        "without disclosing their identity. The court said the scheme was not the only way to "
        "curb black money in elections and that the unlimited corporate funding it allowed "
        "could lead to quid pro quo arrangements. The Bharatiya Janata Party received more "
        "than half of the ₹16,000 crore donated through the bonds, according to data from "
        "the Association for Democratic Reforms. Opposition parties welcomed the verdict, "
        "while the government said it would study the judgment. Related Topics Supreme Court "
        "/ judiciary (system of justice) / elections",
        "other",
    ),
]
