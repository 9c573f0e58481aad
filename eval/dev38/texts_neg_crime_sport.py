"""dev38 negatives: crime, police operations, trials and sport. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "ANP detachments arrest drug traffickers, illegal gold miners in the south",
        "In the framework of the fight against organised crime, detachments of the People's National Army arrested 17 drug traffickers and seized 8 quintals of processed cannabis in the military regions of Béchar and Tlemcen, the Ministry of National Defence said. Other detachments apprehended 186 persons and seized generators and hammers used in illegal gold mining in Tamanrasset, In Guezzam and Djanet.",
        "crime",
    ),
    (
        "NDLEA intercepts cocaine concealed in suitcase at Lagos airport",
        "Operatives of the National Drug Law Enforcement Agency have intercepted 4.2 kilograms of cocaine concealed in the false bottom of a suitcase at the Murtala Muhammed International Airport, Lagos. The agency's spokesman said the suspect, a 41-year-old trader, was arrested on arrival from Sao Paulo via Addis Ababa.",
        "crime",
    ),
    (
        "Task force arrests 40 illegal miners, seizes excavators in Ashanti",
        "A joint task force of soldiers and police has arrested 40 persons engaged in illegal mining along the Offin river in the Ashanti Region and seized six excavators, the Ministry of Lands and Natural Resources said. The minister warned that the government would not relent in the fight against galamsey, which has polluted major water bodies.",
        "crime",
    ),
    (
        "Police rescue abducted businessman, arrest three kidnappers in Ogun",
        "Operatives of the Ogun State Police Command have rescued a businessman kidnapped from his home in Sagamu and arrested three members of the kidnapping gang, the command's spokesperson said. The suspects had demanded a ransom of N50 million from the victim's family. A locally made pistol was recovered from them.",
        "crime",
    ),
    (
        "EFCC arraigns former commissioner over N2.4bn fraud",
        "The Economic and Financial Crimes Commission has arraigned a former commissioner for finance before the Federal High Court in Abuja on 12 counts bordering on conspiracy and money laundering to the tune of N2.4 billion. He pleaded not guilty, and the judge adjourned the case to next month. The court granted him bail in the sum of N100 million with two sureties.",
        "crime",
    ),
    (
        "Police shoot dead two robbery suspects in Kayole",
        "Police officers on patrol shot dead two suspected robbers in Kayole, Nairobi, after they allegedly opened fire on the officers on Saturday night, the Nairobi police commander said. A pistol with three rounds of ammunition and several stolen mobile phones were recovered from the suspects.",
        "crime",
    ),
    (
        "ATC sentences two to death in Karachi University blast case",
        "An anti-terrorism court in Karachi sentenced two men to death on Tuesday for facilitating the suicide bombing at the Karachi University in 2022, in which three Chinese teachers and their driver were killed. The court acquitted a third accused for lack of evidence, the prosecution said.",
        "crime",
    ),
    (
        "Court convicts 125 Boko Haram suspects in Kainji mass trial",
        "The Federal High Court sitting at the Kainji military detention facility has convicted 125 Boko Haram suspects and sentenced them to jail terms ranging from 10 to 30 years, the Federal Ministry of Justice said. Another 85 suspects were discharged for lack of evidence and handed over to Operation Safe Corridor for rehabilitation.",
        "crime",
    ),
    (
        "Police bust cyber fraud gang in Jamtara, 14 held",
        "Police arrested 14 members of a gang that allegedly duped people across the country by posing as bank officials, in raids in Jamtara district on Thursday, officials said. Fifty mobile phones, 70 SIM cards and cash were seized from their possession, PTI reported. Police said the gang had cheated people of over Rs 2 crore in the past year.",
        "crime",
    ),
    (
        "Police seize syabu worth RM5.2 million in Johor raid",
        "Police seized 150 kilogrammes of syabu worth RM5.2 million and arrested four men in a raid on a warehouse in Pasir Gudang on Monday, the Johor police chief said. He said the syndicate had been active since the beginning of the year and was smuggling drugs to neighbouring countries, Bernama reported.",
        "crime",
    ),
    (
        "Moscow court sentences former deputy minister to 12 years for bribery",
        "Moscow's Meshchansky District Court has sentenced a former deputy minister to 12 years in a strict-regime penal colony for taking bribes worth more than 100 million roubles, the court's press service told TASS. The court also ordered the confiscation of his property.",
        "crime",
    ),
    (
        "Police seize 2 tonnes of opium in Sistan and Baluchestan",
        "Police in Sistan and Baluchestan province seized more than two tonnes of opium and hashish in an operation on the road between Zahedan and Khash, the provincial police chief said. Three smugglers were arrested and two vehicles were confiscated, IRNA reported. The drugs were hidden in a truck carrying watermelons. He said police had seized more than 80 tonnes of narcotics in the province since the beginning of the year.",
        "crime",
    ),
    (
        "Police dismantle car theft network in Santo Domingo",
        "The National Police of the Dominican Republic dismantled a network dedicated to the theft of vehicles and motorcycles in Santo Domingo Este, arresting nine people and recovering 23 vehicles, the institution reported. The vehicles were dismantled and their parts sold in workshops, according to investigators.",
        "crime",
    ),
    (
        "Twelve arrested over illegal mining at disused shaft in North West",
        "Police arrested 12 undocumented men who resurfaced from a disused gold mine shaft near Stilfontein in North West province, the police spokesperson said. The men will be charged with illegal mining, trespassing and contravening immigration laws.",
        "crime",
    ),
    (
        "Super Eagles strikers fire blanks as Benin hold Nigeria in Uyo",
        "Nigeria's World Cup qualifying hopes suffered a setback on Tuesday as the Super Eagles were held to a goalless draw by the Cheetahs of Benin at the Godswill Akpabio International Stadium in Uyo. The Eagles mounted wave after wave of attacks, but their strikers fired blanks against a visiting defence that stood firm.",
        "sport",
    ),
    (
        "Shaheen's fiery spell destroys New Zealand top order",
        "Shaheen Shah Afridi produced a fiery opening spell as Pakistan bowled out New Zealand for 142 in the second one-day international in Rawalpindi on Sunday. The left-arm pacer removed the first three batsmen with deliveries that swung late, and Pakistan chased down the target with 12 overs to spare.",
        "sport",
    ),
    (
        "Persepolis storm to derby win over Esteghlal",
        "Persepolis beat Esteghlal 2-1 in the Tehran derby at Azadi Stadium on Friday, with the Reds launching relentless attacks in the second half after going a goal down. The win lifted Persepolis to the top of the Persian Gulf Pro League table, IRNA reported. The match was played in front of a full stadium.",
        "sport",
    ),
    (
        "Kenyan athletes conquer Berlin as course record falls",
        "Kenyan runners conquered the streets of Berlin on Sunday as the men's and women's races were won by athletes from Iten, with the women's winner lowering the course record by 40 seconds. Athletics Kenya officials said the team would be received at the airport by the sports cabinet secretary on Tuesday.",
        "sport",
    ),
    (
        "Bumrah's yorkers blow away England tail",
        "Jasprit Bumrah bowled a lethal spell of yorkers to wipe out England's tail as India took a 120-run first-innings lead in the third Test in Rajkot on Saturday. The pacer finished with figures of 5 for 41, PTI reported. India will resume on Sunday needing quick runs to set a target.",
        "sport",
    ),
    (
        "Ukrainian sabre fencers win team gold at European championships",
        "Ukraine's women's sabre team won gold at the European Fencing Championships, beating France 45-39 in the final, the National Olympic Committee said. The coach dedicated the medal to the defenders of Ukraine and said the team had trained abroad for most of the season, Ukrinform reports.",
        "sport",
    ),
    (
        "Cuban boxers knock out rivals to reach Pan American finals",
        "Cuban boxers won four semifinal bouts by knockout or unanimous decision to reach the finals of the Pan American Championships, Prensa Latina reported. The national coach said the team had fought with discipline and courage and aimed to win all the gold medals at stake.",
        "sport",
    ),
    (
        "Harimau Malaya launch aerial bombardment to sink Singapore",
        "Harimau Malaya launched an aerial bombardment in the second half to beat Singapore 3-1 in the ASEAN Championship at the Bukit Jalil National Stadium on Tuesday, with all three goals coming from headers. The head coach praised his players' fighting spirit, Bernama reported.",
        "sport",
    ),
    (
        "Galatasaray lay siege to Fenerbahçe goal but settle for draw",
        "Galatasaray laid siege to the Fenerbahçe goal for most of the second half but had to settle for a 1-1 draw in the Istanbul derby on Sunday, Anadolu reported. The visitors' goalkeeper made eight saves and was named man of the match. The result leaves the two teams level on points at the top of the table. Galatasaray host Trabzonspor next weekend.",
        "sport",
    ),
]
