"""dev347 negatives: politics, trials, the economy and the lira, the peace process."""

NEGATIVES = [
    (
        "Opposition wins battle for Istanbul as DEM sweeps Kurdish provinces",
        "The main opposition Republican People's Party won a sweeping victory in Sunday's local elections, holding Istanbul and Ankara and taking control of cities long run by the ruling AKP. Istanbul mayor Ekrem İmamoğlu beat his AKP rival by more than 11 points, unofficial results showed. In the Kurdish-majority south-east, the pro-Kurdish DEM Party won 10 provincial capitals, including Diyarbakır, Van, Mardin and Batman. Supporters celebrated with horns and flags into the night in Diyarbakır's Ofis district. “This is the voice of the people against the politics of trustees,” DEM co-chair Tuncer Bakırhan told a crowd. President Erdoğan described the result as “a turning point” for his party and promised to listen to the message of voters. Turnout was about 78%, down from 2019. Analysts said the economy, with inflation near 70%, had weighed heavily on the AKP's campaign. The results are due to be certified by the Supreme Election Council within days.",
        "politics",
    ),
    (
        "Demirtaş sentenced to 42 years in Kobani trial",
        "A court in Ankara sentenced former HDP co-chair Selahattin Demirtaş to 42 years in prison on Thursday for his role in the deadly protests of October 2014, in a case that rights groups called political. The court convicted 24 of the 108 defendants, including former co-chair Figen Yüksekdağ, who received 30 years, and acquitted 12. Prosecutors had accused the party of inciting the protests over the siege of Kobani, during which 37 people died. Demirtaş, who has been in prison since 2016, said in his final defence that the case was “revenge” for his party's election successes. The European Court of Human Rights has twice ordered his release. Lawyers said they would appeal. DEM Party officials gathered outside the courthouse in Sincan and denounced the verdict as an attack on democracy. The ruling came days after the government had hinted at a softening toward the Kurdish political movement.",
        "politics",
    ),
    (
        "Diyarbakır court tries 16 Kurdish journalists on terrorism charges",
        "The trial of 16 Kurdish journalists accused of membership of a terrorist organisation opened in Diyarbakır on Tuesday, with defendants telling the court they had only done their jobs. The journalists, who work for outlets including Mezopotamya Agency and JinNews, were detained in dawn raids in June and have spent more than a year in pretrial detention. Prosecutors cite their news coverage, phone calls with sources and the programmes they produced as evidence. “We are being tried for asking questions,” said Serdar Altan, co-chair of the Dicle Fırat Journalists Association. International press freedom groups, including Reporters Without Borders, sent observers to the hearing. The courtroom was packed with colleagues and relatives, and dozens more waited outside. The judge adjourned the case until next month and ruled that the defendants would be released under judicial control. Turkey ranks 165th out of 180 countries in RSF's press freedom index.",
        "politics",
    ),
    (
        "KDP wins most seats in delayed Kurdistan parliamentary vote",
        "The Kurdistan Democratic Party came first in the Kurdistan Region's long-delayed parliamentary elections, winning 39 of the 100 seats, the Iraqi electoral commission said on Monday. The Patriotic Union of Kurdistan took 23 seats, followed by the New Generation movement with 15. The vote, held two years late after disputes over the election law, saw turnout of about 72%. KDP leader Masoud Barzani thanked voters and said his party would form a government that “serves all the people of Kurdistan”. In Sulaimani, PUK supporters drove through the streets honking their horns, and the party claimed it had won the battle for its home province. New Generation leader Shaswar Abdulwahid accused the ruling parties of using public money in the campaign. Five seats were reserved for minority communities. Observers from the UN mission said voting had been largely orderly. Talks on a new cabinet are expected to take months.",
        "politics",
    ),
    (
        "Interior ministry removes three Kurdish mayors, appoints trustees",
        "Turkey's Interior Ministry dismissed the elected mayors of Mardin, Batman and Halfeti on Monday and replaced them with state-appointed trustees, citing terrorism-related convictions and investigations. Mardin's mayor, the veteran politician Ahmet Türk, is 82 and had won the city in March with 57% of the vote. The ministry said the mayors faced cases linked to membership of the PKK, which they deny. DEM Party co-chair Tülay Hatimoğulları called the move “a political coup” and “an attack on the will of the people”. Police set up barriers around the municipal buildings before the trustees arrived, and party supporters staged a sit-in outside the Mardin town hall. Türk told journalists: “They took our seat, but they cannot take our hope.” The decision comes as the government signals openness to talks on ending the Kurdish conflict. The main opposition CHP also condemned the removals.",
        "politics",
    ),
    (
        "Erdoğan wins runoff, extending rule into third decade",
        "President Recep Tayyip Erdoğan won Sunday's presidential runoff with 52.2% of the vote, defeating opposition candidate Kemal Kılıçdaroğlu, official results showed, extending his rule into a third decade. Speaking from the roof of a bus outside his home in Istanbul, Erdoğan thanked voters and said “the only winner today is Turkey”. Kılıçdaroğlu, who had united six opposition parties behind his candidacy, said the election was “the most unfair in years” but stopped short of rejecting the result. In the Kurdish-majority provinces of the south-east, the opposition candidate won comfortably. Turnout was about 84%. Erdoğan's campaign focused on security, defence industry achievements and the rebuilding of the earthquake zone. Western leaders congratulated him, and Russian President Vladimir Putin was among the first to call. The lira slipped to a new low against the dollar on Monday.",
        "politics",
    ),
    (
        "Swedish journalist given suspended sentence for insulting Erdoğan",
        "An Ankara court on Wednesday handed a suspended sentence of 11 months and 20 days to Swedish journalist Joakim Medin for insulting President Erdoğan, his lawyer said. Medin, a reporter for the daily Dagens ETC, was arrested at Istanbul Airport in March when he arrived to cover protests. He appeared in court by video link from the Silivri prison complex. The charge was linked to a demonstration in Stockholm in 2023 at which a puppet depicting Erdoğan was hung upside down. Medin told the court he had been there as a journalist and had not organised the protest. He is separately accused of membership of a terrorist organisation, a case that continues. Sweden's Foreign Ministry said it would keep pressing for his release. Press freedom groups called the trial an “absurd attack on journalism”. Dozens of journalists and diplomats followed the hearing from the corridor outside the courtroom, which was too small for the public.",
        "politics",
    ),
    (
        "Erbil and Baghdad still deadlocked over new Kurdistan cabinet",
        "Nearly a year after the Kurdistan Region's parliamentary elections, the KDP and the PUK have yet to agree on the shape of a new cabinet, leaving the region's legislature largely idle. Negotiators from the two parties met again in Erbil on Sunday but failed to settle a dispute over the interior ministry and the post of deputy prime minister, officials said. The PUK wants control of security portfolios in Sulaimani, while the KDP insists on a unified ministry. Parliament has met only once since the vote, for its opening session. The delay has frozen bills on pensions and the region's budget. Opposition lawmakers said the two parties were engaged in “a war of attrition” while public servants waited for their salaries. Western diplomats have urged a quick deal. A PUK spokesman said the talks had made “some progress” and would resume next week.",
        "politics",
    ),
    (
        "Lira plunges to record low as Erdoğan defends 'economic war of independence'",
        "The Turkish lira lost more than 15% of its value on Tuesday, its worst day in two decades, after President Erdoğan defended a series of interest rate cuts and vowed to win what he called an “economic war of independence”. The currency fell to 13.45 against the dollar before recovering slightly. Economists said the central bank's decision to keep cutting rates despite inflation running above 20% had shaken confidence. Queues formed outside exchange bureaus in Istanbul's Grand Bazaar as people rushed to buy dollars and gold. “Every day the price of bread changes,” said a baker in Kadıköy. Protesters gathered in several cities on Tuesday night, banging pots and chanting against the government, and dispersed without incident. The opposition called for early elections. The central bank was due to meet again in December.",
        "economy",
    ),
    (
        "Central bank lifts rates to 50% in surprise move on inflation",
        "Turkey's central bank raised its main interest rate by 500 basis points to 50% on Thursday, surprising markets as it stepped up its fight against inflation of about 67%. The bank said it was acting because of a “deterioration in the inflation outlook” and signalled that further tightening could follow. The lira strengthened briefly after the decision before easing. Economists said the move showed that Governor Fatih Karahan was prepared to attack price growth even ahead of the March 31 local elections. Finance Minister Mehmet Şimşek said the programme would bring inflation down to single digits in the medium term. Foreign investors have returned to Turkish bonds in recent months. Households, however, say wages are failing to keep up with the cost of rent and food. “The battle is not won,” one Istanbul-based analyst said.",
        "economy",
    ),
    (
        "Kurdistan oil flows resume through Turkey after two-and-a-half-year halt",
        "Oil from the Kurdistan Region began flowing again through the pipeline to the Turkish port of Ceyhan on Saturday, ending a halt of two and a half years that cost the region billions of dollars. The restart followed a deal between Baghdad, Erbil and foreign oil companies under which the state oil marketer SOMO will sell the crude. Initial flows were about 180,000 to 190,000 barrels a day, the Iraqi oil ministry said. The pipeline was shut in March 2023 after an arbitration court ruled that Turkey had breached a 1973 treaty by allowing exports without Baghdad's approval. The dispute had become a bitter battle over revenue and control. “This is a victory for all Iraqis,” Prime Minister Mohammed Shia al-Sudani said. Kurdish officials said the deal would help pay public salaries. Brent crude was little changed on the news.",
        "economy",
    ),
    (
        "Kurdistan public servants wait again as salary row with Baghdad drags on",
        "Public servants in the Kurdistan Region have not received their salaries for May, the region's finance ministry said on Monday, blaming the federal government for withholding funds. Baghdad's finance ministry said Erbil had exceeded its share of the federal budget and had not handed over non-oil revenues as agreed. About 1.2 million people are on the region's payroll, including teachers, doctors and Peshmerga. Shopkeepers in Erbil's bazaar said sales had fallen by half. “We are the hostages of politicians,” said a teacher in Duhok. Kurdish politicians accused Baghdad of waging an “economic war” on the region, a charge federal officials rejected. Iraq's Federal Court ruled last year that salaries should be paid directly by Baghdad. A delegation from Erbil is due in Baghdad this week for talks. The region's pensioners, who also depend on the payroll, have staged small rallies outside the finance ministry in Erbil in recent weeks.",
        "economy",
    ),
    (
        "Tourism revenue hits record as Antalya welcomes 17 million visitors",
        "Turkey earned a record $61 billion from tourism last year, the Turkish Statistical Institute said on Friday, as foreign arrivals rose to more than 52 million. Antalya alone welcomed about 17 million visitors, with Russians, Germans and Britons leading the way. Culture and Tourism Minister Mehmet Nuri Ersoy said the sector would target $64 billion this year. Hoteliers said high prices were beginning to drive some visitors to Greece, Egypt and Spain, which are fighting for the same customers. Istanbul's airport handled a record number of passengers. Economists said tourism income had helped narrow the current account deficit. “We are competing with the whole Mediterranean,” said the head of a hotel association in Bodrum. The government is promoting the eastern provinces of Van and Mardin as new destinations.",
        "economy",
    ),
    (
        "Öcalan calls on PKK to lay down arms and dissolve",
        "Jailed PKK leader Abdullah Öcalan called on the group to lay down its weapons and dissolve itself, in a letter read out in Istanbul on Thursday by members of a DEM Party delegation who had visited him on İmralı island. “I am making a call for the laying down of arms, and I take on the historical responsibility of this call,” the letter said. Crowds watched the announcement on giant screens in Diyarbakır and Van, some waving flags and crying. The government welcomed the statement cautiously, with an AKP spokesman saying it should be judged by its results. The PKK's leadership in the Qandil mountains said in response that it would declare a ceasefire and urged that Öcalan be allowed to oversee the process. The initiative began in October when nationalist leader Devlet Bahçeli suggested Öcalan could address parliament. More than 40,000 people have died in the conflict since 1984.",
        "peace",
    ),
    (
        "PKK announces dissolution after congress in northern Iraq",
        "The Kurdistan Workers' Party said on Monday that it had decided to dissolve itself and end its armed struggle, after a congress held in the mountains of northern Iraq. The decision, announced in a statement carried by the Firat News Agency, said the PKK had “completed its historical mission” and that the Kurdish question could now be solved through democratic politics. The congress was attended by 232 delegates, the statement said. President Erdoğan's spokesman Ömer Çelik called it “an important step toward a terror-free Turkey” and said the process would be closely monitored. DEM Party officials said laws would now need to be changed to allow fighters to return. Stock markets in Istanbul rose on the news. Analysts cautioned that questions remained about the disarmament timetable and the fate of the group's Syrian allies.",
        "peace",
    ),
    (
        "Thirty PKK fighters set their rifles on fire at Jasana cave",
        "About 30 PKK fighters, among them a senior commander, burned their rifles in a cauldron at the mouth of a cave near Sulaimani on Friday in the first symbolic act of disarmament by the group. The ceremony was held at the Jasana cave in the Dukan area and was watched by Turkish and Iraqi officials, lawmakers from the DEM Party and journalists. “We voluntarily destroy our weapons, in your presence, as a step of goodwill and determination,” commander Besê Hozat read out in Turkish. The fighters, in uniform, then stepped forward one by one to place their guns in the fire. Ankara said the move was an irreversible step. Kurdistan Region officials praised it as a historic day for peace. President Erdoğan said a parliamentary commission would be formed to prepare the legal framework for the process. The PKK said further groups would disarm in the coming months.",
        "peace",
    ),
    (
        "Parliamentary commission on peace process holds first session",
        "A new parliamentary commission tasked with preparing the legal framework for the end of the PKK's armed struggle held its first meeting in Ankara on Tuesday, with 48 members from 10 parties. Speaker Numan Kurtulmuş, who chairs the commission, said its work would be “a turning point in our history” and urged members to put party interests aside. The main opposition CHP joined after weeks of debate, while the nationalist İYİ Party stayed away. The commission is expected to propose laws on the reintegration of fighters and on sentences for those who surrender. DEM Party lawmaker Sırrı Sakık said families who had lost children on both sides would be invited to speak. Mothers of soldiers and of PKK fighters have been asked to attend later sessions. The commission will submit its report by the end of the year.",
        "peace",
    ),
    (
        "SDF and Damascus sign deal to integrate Kurdish-led institutions",
        "Syrian Democratic Forces commander Mazloum Abdi and interim President Ahmed al-Sharaa signed an agreement in Damascus on Monday to integrate the Kurdish-led administration's civil and military institutions into the Syrian state. The eight-point deal provides for a nationwide ceasefire, the handover of border crossings, airports and oil fields in the north-east to the state, and recognition of the Kurds as an integral part of Syria. Images of the two men shaking hands prompted celebrations in Qamishli and Hasakah, where people drove through the streets waving flags. A joint committee is to implement the deal by the end of the year. Turkey, which regards the SDF as a branch of the PKK, said it was following the process closely. Analysts said many details, including the future of the SDF's fighters, remained to be negotiated.",
        "peace",
    ),
    (
        "Government and HDP unveil 10-point plan at Dolmabahçe",
        "Government ministers and members of the pro-Kurdish HDP appeared together at the Dolmabahçe office in Istanbul on Saturday to announce a 10-point framework for talks aimed at ending the three-decade conflict with the PKK. HDP deputy Sırrı Süreyya Önder read a message from jailed PKK leader Abdullah Öcalan calling on the group to hold a congress in spring to decide on laying down its arms. Deputy Prime Minister Yalçın Akdoğan said the process had entered a “new stage”. The points include democratic politics, legal guarantees and a new constitution. Opposition leaders dismissed the meeting as an election ploy ahead of the June polls. In Diyarbakır, shopkeepers said they hoped the calm of the past two years would hold. The ceasefire declared in 2013 has largely held despite sporadic incidents. Kurdish politicians in Diyarbakır welcomed the announcement as the most concrete step since the talks began, though some warned that words had to be followed by laws.",
        "peace",
    ),
    (
        "PKK says it is pulling its fighters out of Turkey",
        "The PKK announced on Sunday that it was withdrawing all its forces from Turkish territory to northern Iraq, in what it called a further step in the peace process. At a ceremony in the Qandil mountains, a group of 25 fighters, among them eight women, stood in front of a banner as a statement was read. The group said its remaining units would be moved to the Medya Defence Zones along the border. The Turkish government said it would verify the withdrawal through its own channels. Ruling party spokesman Ömer Çelik called the announcement a “concrete result”. The statement also called on Ankara to pass laws allowing members to take part in political life. Previous withdrawal attempts, in 2013, stalled amid mutual accusations. DEM Party officials said they expected a new law on reintegration before the end of the year.",
        "peace",
    ),
]
