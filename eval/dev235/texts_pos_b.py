"""dev235 positives, part B: reports from parliaments that give current fighting, strikes,
killings or flight. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Lebanese parliament session called off as strikes pound Beirut's southern suburbs",
        "Lebanon's parliament called off a session planned for Thursday after Israeli "
        "warplanes struck the southern suburbs of Beirut through the night, flattening several "
        "residential buildings in Haret Hreik and Burj al-Barajneh. Speaker Nabih Berri's office "
        "said it was impossible for deputies to travel safely. The health ministry said at least "
        "37 people had been killed in strikes across the country in 24 hours. Caretaker Prime "
        "Minister Najib Mikati told reporters that about one million people had been displaced "
        "since the escalation began last week, and that more than 900 schools and public "
        "buildings were now being used as shelters. Thousands of families slept on the seafront "
        "in central Beirut and in parks near the parliament building. The Israeli military said "
        "it had hit Hezbollah weapons stores and a command centre.",
        "E D",
        "airstrike",
    ),
    (
        "Mozambique's parliament told insurgents beheaded civilians in Palma assault",
        "Mozambique's defence minister told the Assembly of the Republic on Wednesday that "
        "insurgents who attacked the town of Palma last week had killed dozens of civilians, "
        "some of them beheaded, and that troops were still clearing parts of the town. Jaime "
        "Neto said the fighters, linked to the Islamic State group, had entered from three "
        "directions while foreign contractors were working at the nearby gas project, and had "
        "ambushed a convoy of vehicles trying to leave a hotel. More than 11,000 people had "
        "fled, many of them by boat to Pemba, according to the International Organization for "
        "Migration. Renamo deputies asked why the army had not been able to defend a town so "
        "close to the country's largest investment. The minister said the government would not "
        "negotiate with terrorists. Bodies were still lying in the streets of Palma, a "
        "resident who escaped told the BBC.",
        "T V B D",
        "raid",
    ),
    (
        "Cameroon MPs demand answers after gunmen kill seven children at Kumba school",
        "Members of Cameroon's National Assembly demanded on Monday that the government explain "
        "how gunmen had been able to storm a private school in Kumba, in the South-West region, "
        "and open fire on pupils in a classroom on Saturday. Seven children between nine and 12 "
        "years old were killed and at least a dozen were wounded, the government said. Joshua "
        "Osih, a deputy from the opposition Social Democratic Front, told the chamber that "
        "parents in Kumba were keeping their children at home. The government blamed anglophone "
        "separatist fighters, who have ordered boycotts of schools since 2017; no group has "
        "claimed the killings. The communications minister said security had been reinforced "
        "around schools. Lawmakers from the two English-speaking regions left the chamber in "
        "tears as a minute's silence was observed.",
        "V",
        "school_attack",
    ),
    (
        "De Maizière briefs Bundestag committee on Berlin market truck attack",
        "Germany's interior minister Thomas de Maizière told the Bundestag's interior committee "
        "on Wednesday that investigators were treating the truck attack on a Christmas market "
        "at Breitscheidplatz as a terrorist act. Twelve people were killed when the lorry "
        "ploughed into crowds between wooden stalls on Monday evening, and 48 people were taken "
        "to hospital, several with serious injuries. The Polish driver of the truck was found "
        "shot dead in the cab. The Islamic State group said through its Amaq agency that one of "
        "its soldiers had carried out the attack. Police were searching for a Tunisian man "
        "whose identity papers were found in the vehicle. Members of the committee questioned "
        "why the suspect, whose asylum application had been rejected, had not been deported. "
        "Markets across the country reopened under heavy police guard.",
        "T V",
        "terrorist_attack",
    ),
    (
        "MPs return to Commons to pay tribute to Sir David Amess after fatal stabbing",
        "Members of parliament returned to the House of Commons on Monday to pay tribute to the "
        "Conservative MP Sir David Amess, who was stabbed to death on Friday while holding a "
        "constituency surgery at a church in Leigh-on-Sea. Police have declared the killing a "
        "terrorist incident and said there may be a potential motivation linked to Islamist "
        "extremism. A 25-year-old British man was arrested at the scene and is being held under "
        "the Terrorism Act. Prime Minister Boris Johnson told the chamber that Sir David had "
        "been killed doing the job he loved. The Home Secretary said MPs would be offered "
        "police protection at surgeries. Speaker Sir Lindsay Hoyle said a review of security "
        "arrangements was under way. It is the second killing of a sitting MP in five years.",
        "T",
        "assassination",
    ),
    (
        "Ombudsman tells Rada Russian troops have abducted mayors in occupied towns",
        "Ukraine's human rights ombudswoman told a session of the Verkhovna Rada on Thursday "
        "that Russian forces had abducted at least 11 local mayors and council heads in "
        "occupied parts of the Kherson, Zaporizhzhia and Kyiv regions. Lyudmila Denisova said "
        "that the mayor of Melitopol, Ivan Fedorov, had been dragged from a government building "
        "with a bag over his head, and that the fate of several others was unknown. Soldiers "
        "had also detained journalists and activists who organised rallies against the "
        "occupation, she said. Deputies voted to appeal to the International Committee of the "
        "Red Cross. Russia's defence ministry has not commented. Hours later, residents of "
        "Melitopol gathered outside the town hall to demand their mayor's release, and "
        "Russian troops fired warning shots to disperse them.",
        "V U",
        "abduction",
    ),
    (
        "Knesset evacuated as rocket sirens sound over Jerusalem",
        "Members of the Knesset were rushed to shelters on Monday evening as rocket sirens "
        "sounded over Jerusalem for the first time in seven years, interrupting a debate in the "
        "plenum. Hamas said it had fired the rockets from Gaza after an ultimatum it issued for "
        "Israeli police to withdraw from the Al-Aqsa compound expired. Israel's military said "
        "more than 150 rockets were fired towards Israel during the evening, and that it had "
        "begun striking targets in the Gaza Strip. Gaza's health ministry said 20 people, "
        "including nine children, were killed in the strikes, while Israel said militants were "
        "among the dead. A house near Jerusalem was hit. The debate resumed about half an hour "
        "later. Opposition leader Yair Lapid postponed talks on forming a government.",
        "E",
        "rocket_fire",
    ),
    (
        "Rioters storm Capitol as Congress meets to certify election result",
        "A mob of supporters of President Donald Trump broke into the US Capitol on Wednesday, "
        "forcing the House and Senate to halt the joint session counting electoral votes and "
        "sending lawmakers into hiding. Rioters smashed windows, clashed with police officers "
        "on the west front and roamed the Senate chamber, where one sat in the presiding "
        "officer's chair. Police used tear gas and pepper spray, and a woman was shot dead by "
        "an officer as she climbed through a broken door near the Speaker's Lobby. Dozens of "
        "officers were injured, the Capitol Police said. The mayor of Washington imposed a 6 "
        "p.m. curfew, and the National Guard was sent in. Pipe bombs were found near the "
        "headquarters of both main parties. Congress reconvened late in the evening and "
        "completed the count before dawn.",
        "U",
        "riot",
    ),
    (
        "Crowds ransack Bangladesh's parliament after Hasina flees",
        "Crowds broke into Bangladesh's parliament building in Dhaka on Monday hours after Prime "
        "Minister Sheikh Hasina resigned and fled the country by helicopter, carrying off "
        "furniture and computers and setting fires in some offices. Across the country at least "
        "100 people were killed on Monday alone as police fired on protesters and crowds "
        "attacked police stations and the offices of the ruling Awami League, the Prothom Alo "
        "newspaper reported. The army chief, General Waker-Uz-Zaman, said in a televised "
        "address that an interim government would be formed and that the army would investigate "
        "the killings. Looters also raided Hasina's official residence. Hundreds of students "
        "have died since protests over job quotas began in July. The president later dissolved "
        "parliament.",
        "U",
        "riot",
    ),
    (
        "Riot police drive protesters from Georgian parliament with water cannon",
        "Riot police in Tbilisi used water cannon, tear gas and pepper spray overnight to push "
        "back thousands of protesters outside parliament, the fourth night of demonstrations "
        "after the government suspended talks on joining the European Union. Protesters threw "
        "fireworks at officers and set fire to barricades on Rustaveli Avenue, and a fire "
        "broke out in part of the parliament building. The interior ministry said 107 people "
        "had been detained and that 27 officers were injured. The ombudsman said detainees had "
        "been beaten, and several journalists were hurt. Opposition deputies, who boycott "
        "the new parliament, joined the crowds. Prime Minister Irakli Kobakhidze accused the "
        "protesters of violence and said the police had acted lawfully. President Salome "
        "Zourabichvili said she would not leave office.",
        "U",
        "crackdown",
    ),
    (
        "Shah tells Lok Sabha 152 killed in Manipur violence, 65,000 in relief camps",
        "Home Minister Amit Shah told the Lok Sabha on Wednesday that 152 people had been "
        "killed in ethnic violence in Manipur since May and that more than 65,000 were living "
        "in relief camps. Armed mobs had torched houses in both Meitei and Kuki-Zo areas, and "
        "gunfights between village volunteers had continued in Bishnupur district as recently "
        "as last weekend, he said, when three people were shot dead. The opposition staged a "
        "walkout after Shah spoke, demanding that Prime Minister Narendra Modi address the house "
        "himself. Shah said the state was calmer and that about 36,000 security personnel were "
        "deployed in buffer zones. Relief camps in Churachandpur and Imphal were short of "
        "medicines, the state's health department has said. The Rajya Sabha was adjourned for "
        "the day amid protests.",
        "U V B D H",
        "communal_violence",
    ),
    (
        "Senate told 26 hostages killed as army ends Jaffar Express siege",
        "Pakistan's interior minister told the Senate on Thursday that 26 hostages had been "
        "killed after separatist militants hijacked the Jaffar Express in Balochistan, and that "
        "security forces had ended the siege after a day-long operation in the Bolan Pass. "
        "Mohsin Naqvi said all 33 attackers from the Baloch Liberation Army had been killed and "
        "that more than 300 passengers had been freed. The gunmen had blown up the track to "
        "stop the train as it entered a tunnel, he said, and then separated off-duty soldiers "
        "from other passengers. Senators from Balochistan said the province had been abandoned "
        "and demanded talks with its people. The house passed a resolution condemning the "
        "terrorist attack. The army said it had used snipers and special forces in the "
        "operation.",
        "T V M B",
        "hijacking",
    ),
    (
        "South Sudan lawmakers told of Nasir clashes as UN helicopter comes under fire",
        "South Sudan's Transitional National Legislative Assembly heard on Monday that fighting "
        "between the army and the White Army militia around Nasir, in Upper Nile state, had "
        "killed dozens of soldiers, among them a general. The information minister told "
        "lawmakers that a UN helicopter sent to evacuate wounded troops had come under fire on "
        "Friday, killing a crew member. Deputies from the opposition SPLM-IO protested at the "
        "arrest of ministers and officers loyal to First Vice-President Riek Machar, whom the "
        "government accuses of backing the militia. Aid agencies said thousands of people had "
        "fled across the river towards Ethiopia. The United Nations mission called on both "
        "sides to stop fighting. Airstrikes on the area were reported over the weekend.",
        "B E D",
        "clashes",
    ),
    (
        "European Parliament hears of mass killings after RSF takes El Fasher",
        "Members of the European Parliament heard on Wednesday how the Rapid Support Forces had "
        "killed civilians going from house to house and in the Saudi maternity hospital after "
        "seizing El Fasher, the last army stronghold in Darfur, at the weekend. The EU's "
        "commissioner for crisis management told the plenary in Strasbourg that the World "
        "Health Organization had reported more than 460 patients and companions killed at the "
        "hospital. The International Organization for Migration said more than 60,000 people "
        "had fled the city since Sunday, walking to Tawila, where aid groups said they were "
        "arriving dehydrated and with gunshot wounds. MEPs called for sanctions on RSF "
        "commanders and for an arms embargo. Satellite images analysed by Yale researchers "
        "showed what appeared to be bodies near the city's earthen berm. The RSF said it had "
        "arrested some of its own fighters.",
        "V B D H",
        "massacre",
    ),
    (
        "Chad's National Assembly told 40 soldiers killed in Boko Haram raid on base",
        "Chad's defence minister told the National Assembly on Tuesday that around 40 soldiers "
        "had been killed when Boko Haram fighters overran an army base on the Barkaram "
        "peninsula in the Lake Chad region on Sunday night. The militants attacked from boats "
        "and seized weapons before withdrawing, he said. President Mahamat Idriss Déby, who "
        "flew to the area on Monday, announced an operation to hunt down the attackers and "
        "said he would lead it himself. Deputies observed a minute's silence. Members from the "
        "Lac province said families from islands near the base had fled towards Bol, and "
        "asked for emergency food supplies. The jihadist group, which has attacked positions "
        "around the lake repeatedly in recent months, did not comment.",
        "T B D",
        "attack",
    ),
    (
        "Duma told 121,000 evacuated from Kursk region as Ukrainian incursion deepens",
        "Russian lawmakers were told on Tuesday that about 121,000 people had been evacuated "
        "from border districts of the Kursk region since Ukrainian forces crossed the border a "
        "week ago, and that another 59,000 were still to be moved. Alexei Smirnov, the acting "
        "governor, said Ukrainian troops controlled 28 settlements and that 12 civilians had "
        "been killed. A State Duma committee called for payments to the evacuees. Ukraine's "
        "commander-in-chief, Oleksandr Syrskyi, said his forces had advanced up to 35 "
        "kilometres in places and taken hundreds of prisoners. Russia's defence ministry said "
        "its troops were repelling the attack with air strikes and artillery. Kyiv has "
        "described the operation as a response to months of shelling of Sumy region from "
        "Russian territory.",
        "B M E D",
        "incursion",
    ),
]
