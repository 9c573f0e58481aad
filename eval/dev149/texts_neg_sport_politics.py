"""dev149 hard negatives: sport (cricket, athletics) and politics (wars of words, battles
over bills and votes, a diplomatic row, a water dispute)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Champions Trophy: Kohli's ton, Kuldeep's guile sink Pakistan as India march towards semis",
        "Virat Kohli struck his 51st ODI hundred and Kuldeep Yadav picked up three wickets as "
        "India crushed Pakistan by six wickets in their Champions Trophy Group A clash at the "
        "Dubai International Stadium on Sunday, all but knocking the defending champions out of"
        " the tournament. Chasing 242, India got home with 45 balls to spare, Kohli completing "
        "his century with a boundary off the winning stroke. Shubman Gill made 46 and Shreyas "
        "Iyer 56 in a 114-run stand with Kohli that took the game away from Pakistan after the "
        "early loss of captain Rohit Sharma. Earlier, Pakistan, having elected to bat, were "
        "bowled out for 241 in 49.4 overs, with Saud Shakeel top-scoring with 62. India's spin "
        "attack of Kuldeep, Axar Patel and Ravindra Jadeja choked the middle overs, conceding "
        "just 124 runs from 30 overs between them. Hardik Pandya removed Babar Azam with a "
        "short ball in the ninth over, and Axar ran out Imam-ul-Haq with a direct hit from "
        "mid-on. Pakistan's pace attack, led by Shaheen Shah Afridi, struggled for rhythm on a "
        'slow surface, with Afridi conceding 74 runs in his eight overs. "We were 20 runs short'
        " and then we didn't take our chances,\" Pakistan skipper Mohammad Rizwan said at the "
        "presentation. India need only to avoid a heavy defeat against New Zealand on Sunday to"
        " top the group.",
        "sport",
    ),
    (
        "Tigers complete historic series sweep in Rawalpindi as Hasan, Nahid run through Pakistan",
        "Bangladesh completed a 2-0 Test series sweep over Pakistan with a six-wicket win on "
        "the final day of the second Test in Rawalpindi yesterday, their first series win "
        "against the hosts in any format on Pakistani soil. Chasing 185, the Tigers reached the"
        " target in the afternoon session, with Mushfiqur Rahim and Shakib Al Hasan seeing them"
        " home after Zakir Hasan and Najmul Hossain Shanto laid the foundation. The win was set"
        " up by the visitors' pace attack, as Hasan Mahmud took five for 43 and Nahid Rana four"
        " for 44 to bowl Pakistan out for 172 in their second innings on the fourth day. Liton "
        "Das's 138 in the first innings, after Bangladesh had been reduced to 26 for six, "
        'proved the turning point of the match, captain Shanto said. "This is the biggest '
        'series win in our history. The boys fought back from a very difficult position," '
        "Shanto said at the post-match press conference. Pakistan, who went into the Test with "
        "an all-pace attack, now have not won a home Test since 2021. Head coach Chandika "
        "Hathurusingha said the pace bowlers' development in domestic cricket over the past two"
        " years was paying off. The team is scheduled to return to Dhaka on Thursday before "
        "leaving for a two-Test tour of India next month.",
        "sport",
    ),
    (
        "Afghanistan stun Australia by 21 runs in Super Eight clash; Gulbadin takes four",
        "Afghanistan pulled off one of the biggest upsets of the T20 World Cup on Sunday, "
        "defeating Australia by 21 runs in their Super Eight match in Kingstown, St Vincent, to"
        " keep their semi-final hopes alive. Gulbadin Naib took four for 20 and Naveen-ul-Haq "
        "three for 20 as Australia, chasing 149, were bowled out for 127 in 19.2 overs, with "
        "Glenn Maxwell's 59 the only resistance. Earlier, openers Rahmanullah Gurbaz and "
        "Ibrahim Zadran put on 118 for the first wicket, before Pat Cummins took a hat-trick "
        "for the second match in a row to restrict Afghanistan to 148 for six. \"It's a big win "
        'for our country, for our people back home," captain Rashid Khan said. Celebrations '
        "broke out in Kabul, Kandahar and other cities late into the night, with young people "
        "gathering on the streets waving flags and dancing, TOLOnews reporters said. "
        "Afghanistan will face Bangladesh in their final Super Eight match, while Australia "
        "must beat India to stay in contention.",
        "sport",
    ),
    (
        "Neeraj Chopra saves his best for last with 89.49m throw in Lausanne Diamond League",
        "Olympic champion Neeraj Chopra produced his best throw of the season with his last "
        "attempt, 89.49m, to finish second at the Lausanne Diamond League on Thursday and "
        "strengthen his position in the standings ahead of the final in Brussels. Chopra, who "
        "has been managing a groin injury, started slowly with 82.10m and was fourth after five"
        " rounds before unleashing his final throw, which fell just short of the 90m mark he "
        "has been chasing for years. Grenada's Anderson Peters won the event with a meet record"
        " of 90.61m, while Germany's Julian Weber finished third with 87.08m. \"I was not "
        "feeling good in the first few throws, but in the end I fought back. The last throw was"
        ' a good one," Chopra told reporters after the event. Chopra, who won silver at the '
        "Paris Olympics, will also be among the favourites at next year's World Championships.",
        "sport",
    ),
    (
        "Nepal book T20 World Cup berth with emphatic win over UAE; fans pour into streets",
        "Nepal qualified for next year's T20 World Cup after beating the United Arab Emirates "
        "by eight wickets in the semifinal of the Asia qualifier at the Tribhuvan University "
        "International Cricket Ground in Kirtipur on Friday. Nepal chased down the target of "
        "135 in 17.1 overs, with captain Rohit Paudel scoring an unbeaten 64 and Aasif Sheikh "
        "41. Leg-spinner Sandeep Lamichhane, playing in front of a packed home crowd, took "
        "three wickets for 18 runs as the UAE were restricted to 134 for nine after electing to"
        " bat. Thousands of fans who had climbed onto the hillsides around the ground to watch "
        "the match burst into celebrations, and crowds poured onto the streets of Kathmandu "
        "late into the night. Prime Minister Pushpa Kamal Dahal congratulated the team, calling"
        ' the win a "historic achievement". This will be Nepal\'s second appearance at the World'
        " Cup, ten years after their first in Bangladesh. The Cricket Association of Nepal "
        "announced a cash prize of Rs 1 million for each player. Nepal will play Oman in the "
        "final on Sunday.",
        "sport",
    ),
    (
        "BJP, Congress in war of words over Rahul Gandhi's remarks abroad; ruling party demands"
        " apology",
        "The BJP and the Congress were locked in a fierce war of words on Tuesday over Rahul "
        'Gandhi\'s remarks at a university in London that Indian democracy was "under attack", '
        "with the ruling party demanding an apology and the Opposition accusing the government "
        "of trying to divert attention from the Adani issue. Union Ministers, led by the "
        "Parliamentary Affairs Minister, raised the issue in both Houses of Parliament, "
        'accusing the former Congress president of "defaming India on foreign soil" and '
        'inviting foreign intervention. "He has insulted the country, its Parliament and its '
        'people. He must apologise," a senior BJP leader told reporters outside Parliament. The'
        " Congress hit back, saying Prime Minister Narendra Modi himself had criticised "
        'previous governments during his visits abroad. "They want to shoot the messenger. The '
        'real attack on democracy is the refusal to allow a JPC on Adani," Congress general '
        "secretary Jairam Ramesh said. Both Houses were adjourned for the day amid sloganeering"
        " by members of the treasury and Opposition benches. Mr. Gandhi, who returned to Delhi "
        "on Monday, is expected to respond in Parliament on Thursday. Political analysts said "
        "the standoff could wash out the second half of the budget session.",
        "politics",
    ),
    (
        "26th amendment: Govt, PTI gear up for final showdown as numbers game goes down to the "
        "wire",
        "ISLAMABAD: The ruling coalition and the PTI were locked in a last-minute battle for "
        "numbers on Saturday as the government prepared to table the 26th constitutional "
        "amendment in the Senate and National Assembly, with both sides accusing the other of "
        "pressuring lawmakers. The government needs 64 votes in the Senate and 224 in the "
        "National Assembly to pass the amendment, which would change the way the chief justice "
        "is appointed and create constitutional benches in the Supreme Court. Special meetings "
        "of the two houses have been convened for Sunday, and the federal cabinet is expected "
        "to approve the draft before that. JUI-F chief Maulana Fazlur Rehman, whose party's "
        "votes are crucial, said after a meeting with Bilawal Bhutto-Zardari that a consensus "
        "draft had been agreed upon with the PPP. PTI leaders alleged that the families of "
        'several of their lawmakers had been harassed, a charge the government denied. "This is'
        " an attack on the independence of the judiciary, and we will resist it in parliament "
        'and on the streets," said PTI chairman Barrister Gohar Ali Khan. Law Minister Azam '
        "Nazeer Tarar said the amendment would strengthen the justice system and that the "
        "opposition had been given every chance to contribute. The PTI has not yet decided "
        "whether it will vote against the bill or boycott the session. The party's founder, "
        "Imran Khan, has been in Adiala jail since August last year. Analysts said the outcome "
        "would define the relationship between the executive and the judiciary for years to "
        "come. Security has been tightened around Parliament House ahead of the sessions.",
        "politics",
    ),
    (
        "Parties trade barbs as campaign heats up ahead of March 5 elections; RSP draws crowds "
        "in Madhesh",
        "With less than three weeks to go before the elections to the House of Representatives,"
        " the campaign has turned increasingly bitter, with leaders of the major parties "
        "attacking each other at rallies across the country. Addressing a rally in Janakpur on "
        "Sunday, the leader of the Rastriya Swatantra Party accused the old parties of having "
        '"looted the country for three decades" and said the Gen Z movement had opened the door'
        " for new faces. Nepali Congress leaders hit back, saying the new party had no "
        "programme other than insults. The CPN-UML chair, speaking in Jhapa, described the "
        'contest as a "battle to save the constitution" and warned voters against what he '
        "called anarchy. The Election Commission said it had issued warnings to several "
        "candidates for violating the code of conduct, mainly for using children in campaigns "
        "and for hate speech on social media. More than 3,400 candidates are contesting for 165"
        " seats under the first-past-the-post system, according to the commission. The interim "
        "government has said security arrangements are in place for peaceful polls, and the "
        "Nepal Army will be mobilised on standby. Analysts said turnout among young voters, "
        "many of whom registered for the first time after last September's protests, would "
        "decide the outcome.",
        "politics",
    ),
    (
        "Government suspends three deputy ministers over derogatory remarks about Indian PM",
        "The government has suspended three deputy ministers over derogatory remarks they made "
        "about Indian Prime Minister Narendra Modi on social media, amid a growing diplomatic "
        "row and calls in India to boycott the Maldives as a tourist destination. The remarks, "
        "posted on X after Modi shared photographs of his visit to the Lakshadweep islands, "
        "drew sharp criticism from Indian politicians and celebrities, many of whom called on "
        "Indians to cancel trips to the Maldives. The Ministry of Foreign Affairs said in a "
        "statement on Sunday that the views were personal and did not represent the government,"
        " and that action had been taken against those responsible. India's High Commissioner "
        "was also summoned on Monday, and the Maldives High Commissioner in New Delhi was "
        "called to the Ministry of External Affairs, officials said. Opposition MDP leaders "
        'described the remarks as "appalling" and urged President Mohamed Muizzu, who is on a '
        "state visit to China, to distance himself from them. Tourism industry representatives "
        "warned that the row could hurt the Maldives' second-largest source market, and some "
        "travel companies in India said they had suspended bookings. The Maldives Association "
        'of Travel Agents and Tour Operators said it was concerned about "the war of words on '
        'social media".',
        "politics",
    ),
    (
        "Chenab projects fast-tracked as Indus treaty remains in abeyance; Pakistan calls it "
        "'act of war'",
        "The Centre has cleared the fast-tracking of four hydroelectric projects on the Chenab "
        "in Jammu and Kashmir and asked the NHPC to begin flushing the reservoirs of the Salal "
        "and Baglihar dams, officials said, as the Indus Waters Treaty remains in abeyance "
        "months after it was suspended. India put the 1960 treaty on hold in April, a day after"
        " the terror attack in Pahalgam, and has since stopped sharing hydrological data with "
        'Pakistan. Union Home Minister Amit Shah said last month that the treaty would "never '
        'be restored" and that water flowing to Pakistan would be diverted to Rajasthan through'
        " canals. Officials said the Sawalkot project, which had been stuck for decades, had "
        "received environmental clearance and that tenders would be floated by the end of the "
        "year. Pakistan's foreign office said any attempt to stop or divert the flow of water "
        'belonging to Pakistan would be considered an "act of war", and has taken the matter to'
        " the Permanent Court of Arbitration. Experts said India lacked the storage capacity to"
        " significantly reduce the flow of the western rivers in the short term, but that "
        "flushing reservoirs in the lean season could affect sowing in Pakistan's Punjab. "
        "Farmers' groups in Pakistan have expressed concern about water availability for the "
        "rabi crop.",
        "politics",
    ),
]
