"""dev31 conflict items: negatives of diplomacy and peace, the military, history, peaceful protest and other news. See build.py."""

from items import N

# ---------------------------------------------------------------- negatives: diplomacy and peace

N(
    "Russia and Ukraine agree prisoner swap at Istanbul talks",
    "Delegations from Russia and Ukraine agreed in Istanbul to exchange 1,000 prisoners each, the largest swap of the war, but made no progress towards a ceasefire. The talks lasted less than two hours.",
    "peace",
)
N(
    "Armenia and Azerbaijan leaders sign peace framework at White House",
    "The leaders of Armenia and Azerbaijan signed a framework for a peace agreement in Washington, which includes a transit route through southern Armenia. Both said it opened a new page after decades of hostility.",
    "peace",
)
N(
    "UN Security Council extends peacekeeping mission in Lebanon",
    "The Security Council voted unanimously to extend the mandate of the UNIFIL peacekeeping force in southern Lebanon for a final time, until the end of next year.",
    "peace",
)
N(
    "Colombia and ELN rebels resume peace talks in Caracas",
    "Negotiators for Colombia's government and the National Liberation Army resumed formal peace talks in Caracas, the first since 2019, with Cuba, Norway and Venezuela as guarantors.",
    "peace",
)
N(
    "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
    "Saudi Arabia and Iran agreed to reopen embassies within two months, after talks hosted in Beijing, ending a seven-year rift between the regional rivals.",
    "peace",
)
N(
    "G7 leaders meet in the Canadian Rockies",
    "Leaders of the Group of Seven industrialised nations met in Kananaskis, Alberta, for a summit dominated by trade and tariffs. They issued statements on critical minerals and artificial intelligence but no joint communiqué.",
    "other",
)
N(
    "Gaza ceasefire takes effect as first hostages and prisoners are freed",
    "A ceasefire between Israel and Hamas took effect in Gaza on Sunday morning, after a delay of nearly three hours while Israel waited for the names of the first hostages to be released. In the afternoon, three Israeli women held since October 2023 were handed over to the Red Cross in Gaza City and taken to Israel, where they were reunited with their mothers. Hours later, Israel released 90 Palestinian prisoners, most of them women and teenagers, from Ofer prison in the West Bank, and crowds greeted their buses in Ramallah. Thousands of displaced Palestinians began walking back towards their neighbourhoods in northern and southern Gaza, many to find their homes in ruins. Hundreds of aid trucks entered the strip through the Kerem Shalom and Rafah crossings, the UN said. The first phase of the agreement is to last six weeks, during which 33 Israeli hostages are to be freed in exchange for hundreds of Palestinian prisoners. Negotiations on a permanent end to the war are to begin in the third week. Qatar, Egypt and the United States brokered the deal.",
    "peace",
)

# ---------------------------------------------------------------- negatives: the military without fighting

N(
    "China stages large drills around Taiwan",
    "China's military sent warships and aircraft to surround Taiwan in exercises it said were a warning against separatist forces, days after the island's new president took office. Taiwan put its forces on alert.",
    "military",
)
N(
    "North Korea fires ballistic missile into sea",
    "North Korea fired a short-range ballistic missile that flew about 350 kilometres before landing in the sea off its east coast, South Korea's military said.",
    "military",
)
N(
    "Poland signs contract for 96 Apache helicopters",
    "Poland signed a contract worth about $10 billion to buy 96 Apache attack helicopters from the United States, part of a plan to raise defence spending to almost 5% of economic output.",
    "military",
)
N(
    "Sweden becomes NATO's 32nd member",
    "Sweden formally joined NATO when its documents were deposited in Washington, ending two centuries of military non-alignment. Prime Minister Ulf Kristersson said the country would now share the alliance's burdens.",
    "military",
)
N(
    "German cabinet approves new voluntary military service",
    "Germany's cabinet approved a law under which all 18-year-old men will have to fill in a questionnaire on their willingness to serve, as the government seeks to enlarge the armed forces.",
    "military",
)
N(
    "India commissions first aircraft carrier built at home",
    "India's navy commissioned the INS Vikrant, the first aircraft carrier designed and built in the country, at a ceremony in Kochi attended by the prime minister.",
    "military",
)
N(
    "NATO allies agree to raise defence spending to 5% of GDP",
    "NATO leaders agreed on Wednesday to raise their spending on defence and security to 5% of economic output by 2035, after pressure from US President Donald Trump. Under the deal, reached at a short summit in The Hague, 3.5% would go to core military needs such as troops and weapons and 1.5% to related items such as cyber defence and infrastructure. Spain secured an exemption, saying it could meet its commitments by spending less, which Trump criticised. The final statement described Russia as a long-term threat to the alliance's security. Trump said he stood by the alliance's promise of mutual defence. Several countries said the target would require cuts elsewhere or more borrowing. Shares in European defence companies rose. NATO's secretary-general, Mark Rutte, said the decision would make the alliance stronger and fairer.",
    "military",
)

# ---------------------------------------------------------------- negatives: anniversaries and history

N(
    "Thousands mark 30 years since Srebrenica killings",
    "Thousands of people gathered at the memorial centre in Potočari to mark 30 years since the killing of about 8,000 Bosniak men and boys, and seven newly identified victims were buried.",
    "history",
)
N(
    "Rwanda marks 30 years since genocide",
    "President Paul Kagame lit a flame at the Kigali Genocide Memorial to start a week of mourning for the more than 800,000 people killed in 1994.",
    "history",
)
N(
    "Unexploded WWII bomb defused in Cologne after 20,000 evacuated",
    "Experts defused three American bombs from the Second World War found during construction work in Cologne, after about 20,000 residents were evacuated from the old town, the city said.",
    "history",
)
N(
    "Hiroshima marks 80 years since atomic bombing",
    "Tens of thousands of people attended a ceremony in Hiroshima's Peace Memorial Park, and a bell tolled at 8:15 am, the moment the bomb exploded. The mayor warned against the growing acceptance of nuclear weapons.",
    "history",
)
N(
    "Germany hands Benin Bronzes back to Nigeria",
    "Germany returned 20 Benin Bronzes to Nigeria at a ceremony in Abuja, the first of more than 1,100 artefacts looted by British troops in 1897 that German museums have agreed to give back.",
    "history",
)
N(
    "Veterans and leaders mark 80th anniversary of D-Day",
    "Veterans in their late nineties and world leaders gathered on the beaches of Normandy on Thursday to mark 80 years since the Allied landings that began the liberation of western Europe from Nazi rule. About 200 veterans, many in wheelchairs, attended ceremonies at Omaha Beach and in the British memorial at Ver-sur-Mer. King Charles, President Emmanuel Macron and US President Joe Biden laid wreaths, and Ukraine's president Volodymyr Zelensky was among the guests. Paratroopers jumped over Sainte-Mère-Église, as their predecessors did on the night before the landings. More than 150,000 Allied troops crossed the Channel on 6 June 1944, and several thousand were killed on the first day. Crowds applauded as the veterans passed. Organisers said this was probably the last large anniversary that veterans would attend in numbers. Germany's chancellor took part in the international ceremony at Omaha Beach.",
    "history",
)

# ---------------------------------------------------------------- negatives: peaceful protest and strikes

N(
    "Farmers block Brussels streets with tractors",
    "Hundreds of farmers drove their tractors into the European quarter of Brussels and blocked streets around the building where EU agriculture ministers were meeting, to protest against low prices and red tape. Police reported no incidents.",
    "protest",
)
N(
    "Hundreds of thousands rally in Tel Aviv for a hostage deal",
    "Hundreds of thousands of Israelis marched peacefully in Tel Aviv on Saturday night, calling on the government to agree a deal to bring home the hostages held in Gaza. Relatives of the hostages addressed the crowd.",
    "protest",
)
N(
    "Junior doctors in England walk out in pay dispute",
    "Resident doctors in England began a five-day strike over pay, and hospitals postponed thousands of appointments. The health secretary said the demands were unaffordable.",
    "protest",
)
N(
    "Climate activists glue themselves to road in Berlin",
    "Activists of the Last Generation group glued their hands to a main road during the morning rush hour, and police removed four of them. Traffic was held up for about an hour.",
    "protest",
)

# ---------------------------------------------------------------- negatives: other news

N(
    "Former refugee elected mayor in Dutch city",
    "A man who arrived in the Netherlands as a teenager after fleeing Somalia was sworn in as mayor, the first former refugee to hold the post in the country. He said he wanted to make the city a place where everyone can feel at home.",
    "other",
)
N(
    "Pope Francis dies at the age of 88",
    "Pope Francis, the first Latin American leader of the Roman Catholic Church, died on Monday morning at his residence in the Vatican at the age of 88, the Vatican said. His death came a day after he appeared on the balcony of St Peter's Basilica to bless the crowds on Easter Sunday. The Argentine pope had spent five weeks in hospital earlier this year with double pneumonia. Francis was elected in 2013 after the resignation of Benedict XVI and made care for the poor, migrants and the environment central to his papacy. He opened debates on the role of women and of lay people in the church, and angered some conservatives. Bells tolled in Rome and in churches across the world as the news spread. Cardinals will meet in a conclave to elect his successor in the coming weeks. World leaders paid tribute to a pope they described as humble and compassionate.",
    "other",
)
