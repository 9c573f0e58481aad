"""dev161 positives (2 of 3): Gaza, Congo, Haiti, Yemen, Ethiopia, Afghanistan, Mali, Nigeria,
Colombia and Kenya, as the health, science, education and food desks report them
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Israeli army blows up Gaza university building as academics count their dead",
        "Video circulating on social media on Wednesday showed the main building of Israa "
        "University, south of Gaza City, collapsing in a controlled explosion, days after "
        "Israeli troops had used the campus as a base. The Israeli military said it was "
        "reviewing the footage and that the demolition had not been approved through the "
        "proper procedures. The university's administration said the troops had removed "
        "thousands of artefacts from its museum before the building was blown up. According "
        "to Palestinian education officials, every one of Gaza's 12 universities has been "
        "damaged or destroyed by air strikes and ground operations since October, and more "
        "than 90 professors have been killed. The Islamic University and Al-Azhar University "
        "in Gaza City were hit in the first weeks of the war. About 88,000 students cannot "
        "attend classes, and many are living with their families in tents in Rafah. "
        "Universities in the West Bank have offered to let Gaza students take courses "
        "online, but electricity and internet access are scarce. A group of UN experts has "
        'used the term "scholasticide" to describe the scale of the destruction, a word '
        "Israel rejects.",
        "E D",
        "demolition of university",
    ),
    (
        "Six Virunga rangers killed in militia ambush in eastern Congo",
        "Six rangers of Virunga National Park were killed and two wounded on Wednesday when "
        "a militia ambushed their patrol near the village of Kabuendo, in the central sector "
        "of the park, the Congolese wildlife authority said. The rangers were on foot, "
        "following up reports of illegal charcoal burning, when they came under fire from "
        "several directions, according to a statement from the park's management. Park "
        "officials blamed a Mai-Mai group that has been clashing with the army in the area "
        "and profits from the illegal charcoal trade. The attackers also shot dead two "
        "villagers who had been travelling with the patrol. More than 200 rangers have been "
        "killed in the park since the 1990s, making Virunga one of the most dangerous places "
        "in the world to work in conservation. Africa's oldest national park is home to "
        "about a third of the world's mountain gorillas, and it has been caught up for "
        "decades in the wars of eastern Congo, where more than 100 armed groups are active. "
        "The European Union, which funds part of the park's budget, condemned the killings. "
        "A ranger's salary of about $200 a month is often the only income for a family in "
        "the villages on the park's edge.",
        "B V",
        "ambush",
    ),
    (
        "Ebola treatment centre attacked in Butembo as outbreak response falters",
        "Armed men attacked an Ebola treatment centre in Butembo, in the east of the "
        "Democratic Republic of the Congo, late on Saturday, killing a police officer and "
        "forcing staff to evacuate some patients, health officials said. It was the second "
        "attack on a treatment facility in the city in less than three weeks. The "
        "assailants, whom local authorities described as members of a Mai-Mai militia, fired "
        "on the centre and set fire to part of it before soldiers and police arrived. "
        "Médecins Sans Frontières, whose treatment centre in nearby Katwa was burned in "
        "February, has suspended its activities in the area. Health workers say suspicion of "
        "outsiders, decades of conflict and anger at the way the response has been run all "
        "feed the violence. The outbreak, declared last August in North Kivu, is the second "
        "largest on record, with more than 900 cases, and new infections have risen since "
        "the attacks began. An experimental vaccine has been given to more than 80,000 "
        'people, mostly health workers and contacts of patients. "Every time a centre is '
        'attacked, we lose track of contacts and the virus moves ahead of us," said an '
        "epidemiologist with the World Health Organization in Beni.",
        "V H",
        "attack on treatment centre",
    ),
    (
        "Gangs set fire to Haiti's largest public hospital as capital's health system collapses",
        "Armed gangs set fire to parts of the State University Hospital in downtown "
        "Port-au-Prince on Tuesday, according to health ministry officials and videos posted "
        "by gang members, leaving Haiti's largest public hospital in ruins. The hospital had "
        "been closed since March, when the Viv Ansanm gang coalition launched a wave of "
        "attacks on police stations, prisons and public buildings in the capital. Gang "
        "leaders filmed themselves walking through the wrecked wards and said they had taken "
        "the building to stop the police from using it. Police backed by the Kenyan-led "
        "security mission had tried to retake the area last week but withdrew after a "
        "gunfight lasting several hours. Médecins Sans Frontières said only about a fifth of "
        "the health facilities in the capital were still fully working and that its own "
        "trauma hospital was receiving people with gunshot wounds every day. The United "
        "Nations says more than 700,000 Haitians have been displaced by gang violence, many "
        "of them living in schools and public buildings turned into camps. Cholera cases "
        "have been rising in some of those sites, UNICEF warned. Health workers have also "
        "been targeted: at least two nurses were killed in the capital this month. The "
        "hospital, rebuilt with foreign money after the 2010 earthquake, trained most of the "
        "country's doctors. Its residents have been scattered among private clinics and a "
        'handful of hospitals outside the capital. "We have lost the place where Haiti '
        'learned medicine," a former chief of surgery said. Blood supplies in the capital '
        "are so short that families are asked to bring donors with them. The health ministry "
        "said it was looking for a temporary site for the teaching programme.",
        "V H B D",
        "attack on hospital",
    ),
    (
        "Houthis detain more UN staff in Sanaa, including health workers, WHO says",
        "Houthi authorities in Yemen have detained eight more United Nations staff members, "
        "among them two employees of the World Health Organization, the UN said on Friday, "
        "bringing to more than 50 the number of UN personnel held by the group. Armed men "
        "raided the homes of the staff members in Sanaa early on Thursday and took them to "
        "an undisclosed location, according to colleagues, who said the families had not "
        "been told of any charges. The Houthis, who control the capital and most of Yemen's "
        "north, have accused detained aid workers of spying for the United States and "
        "Israel, charges the UN rejects. UN Secretary-General António Guterres called for "
        "the immediate release of all the detainees. The WHO said it had suspended some of "
        "its activities in Houthi-held areas, where a cholera outbreak has sickened tens of "
        "thousands of people this year. One WFP staff member died in Houthi custody in "
        "February. Aid groups say the detentions have frozen much of the humanitarian work "
        "in a country where more than 19 million people need assistance after a decade of "
        "war.",
        "V H",
        "detention of aid workers",
    ),
    (
        "Drone strike near health centre in Ethiopia's Amhara region kills patients and a nurse",
        "A drone strike hit the compound of a health centre in Ethiopia's Amhara region on "
        "Sunday, killing at least nine people, including a nurse and patients waiting for "
        "treatment, according to health workers and a local official. The strike took place "
        "in a town in North Gondar zone where government troops and Fano militiamen have "
        "fought for control of roads and villages for almost two years, residents said. "
        '"They were waiting for their turn to be seen, mothers with children," a health '
        "worker at the centre told The New Humanitarian by phone. Ethiopia's government did "
        "not respond to questions about the strike; it has previously said its drone "
        "operations target only armed groups. Aid agencies say dozens of health facilities "
        "in Amhara have been damaged or looted since the conflict began in August 2023, and "
        "that ambulances are regularly stopped at checkpoints. The regional health bureau "
        "says malaria cases have surged, while vaccination coverage has fallen because "
        "health workers cannot reach rural kebeles. Internet access in much of the region "
        "has been cut for long periods, making reports hard to verify.",
        "E V H B",
        "drone strike on health centre",
    ),
    (
        "Suicide bomber kills students sitting practice exam at Kabul education centre",
        "A suicide bomber blew himself up inside a crowded education centre in west Kabul on "
        "Friday morning, killing at least 35 people, most of them young women preparing for "
        "university entrance exams, according to the United Nations. Hundreds of students "
        "were sitting a practice test in the centre's main hall when the attacker, who had "
        "shot dead two guards at the entrance, detonated his explosives among them, "
        "witnesses said. The centre lies in Dasht-e-Barchi, a mainly Hazara and Shia "
        "neighbourhood that has been hit repeatedly by bombings claimed by the Islamic State "
        "group. No group has yet said it carried out the attack. A Taliban spokesman "
        "condemned what he called a terrorist attack on civilians and said security forces "
        "were investigating. Relatives searched hospital wards through the afternoon for "
        "sons and daughters, and small groups of women later marched in Kabul and "
        "Mazar-i-Sharif to demand protection for Hazara students. Girls have been barred "
        "from secondary schools across most of Afghanistan since the Taliban returned to "
        "power last year, but private courses such as this one for older students had "
        "remained open. Many of the dead were months away from the Kankor, the national "
        "university entrance exam. Health workers at a nearby hospital said they had run out "
        "of blood, and appealed for donors over loudspeakers. The United Nations mission in "
        "Afghanistan said the attack showed the need for the authorities to protect minority "
        "communities. Education activists said the bombing would make families even less "
        "willing to send daughters to the few classes still open to them.",
        "E V T",
        "suicide bombing",
    ),
    (
        "Jihadist blockade leaves Timbuktu farmers unable to sow as food prices soar",
        "Farmers around Timbuktu say they will miss the rice planting season for the first "
        "time in memory, as a blockade imposed by jihadists linked to al-Qaeda cuts the "
        "northern Malian city off from supplies of seed, fertiliser and fuel. The Group for "
        "the Support of Islam and Muslims (JNIM) announced the blockade in August and has "
        "since attacked trucks and boats on the Niger river, including a passenger boat that "
        "was hit by rockets this month, killing dozens of civilians, according to the "
        "government. Fighters have burned granaries and stolen cattle in villages around Ber "
        "and Goundam, residents said, and told farmers not to work fields near army "
        "positions. The price of a 50 kg sack of rice in Timbuktu has nearly doubled, and "
        "the World Food Programme says it can bring food in only by air. More than 30,000 "
        "people have fled to Timbuktu from surrounding villages since the summer, according "
        'to local authorities, while thousands of others have crossed into Mauritania. "The '
        'river used to feed us; now we are afraid of it," said a farmer who has moved his '
        "family into a relative's compound in the city. The Sahel has been hit hard by "
        "drought in recent years, but aid workers say it is the conflict, not the weather, "
        "that is driving hunger in central and northern Mali.",
        "V T H D E",
        "blockade",
    ),
    (
        "Dozens of rice farmers killed by suspected Boko Haram fighters in Borno",
        "Suspected Boko Haram fighters killed at least 43 farm workers harvesting rice in "
        "fields near the village of Kwatamari in Nigeria's northeastern Borno state on "
        "Saturday, a local official and a militia leader said. Many of the victims were tied "
        "up and had their throats cut, according to men who helped recover the bodies, and "
        "several others remain missing. The labourers had travelled from neighbouring states "
        "to work in the paddy fields, which lie close to a military garrison. Borno's "
        "governor, who attended the funeral, urged the federal government to recruit more "
        "members of the Civilian Joint Task Force and more soldiers to protect farmers so "
        "they can return to their land. Jihadists from Boko Haram and its offshoot, Islamic "
        "State West Africa Province, have repeatedly attacked farmers and herders in the "
        "area, accusing them of passing information to the army. The killings come at the "
        "height of the harvest, and farmers say many fields will now be left unharvested. "
        "Agronomists at the University of Maiduguri estimate that only a fraction of the "
        "state's irrigable land around Lake Chad is still being farmed.",
        "V T",
        "massacre",
    ),
    (
        "Catatumbo violence overwhelms hospitals in Cúcuta as tens of thousands flee",
        "Hospitals in the Colombian border city of Cúcuta are struggling to cope with an "
        "influx of people fleeing fighting between the National Liberation Army (ELN) and "
        "dissidents of the former FARC guerrilla in the Catatumbo region, health officials "
        "said on Monday. More than 40,000 people have left their homes since the ELN "
        "launched an offensive against the dissidents on Thursday, according to the regional "
        "government, the largest displacement recorded in Colombia in decades. Witnesses "
        "described ELN fighters going house to house with lists of names, and the "
        "Ombudsman's Office said at least 80 people had been killed, among them former FARC "
        "combatants who had signed the 2016 peace deal and a community leader. The main "
        "hospital in Tibú treated dozens of wounded before its doctors were evacuated, the "
        "health ministry said. In Cúcuta, sports grounds and schools have been turned into "
        "shelters, and doctors are treating children for diarrhoea and respiratory "
        "infections. President Gustavo Petro suspended peace talks with the ELN, declared a "
        'state of internal commotion and sent about 5,000 troops to the region. "We have '
        'never seen anything like this, whole villages arriving with nothing," said a nurse '
        "at the Erasmo Meoz university hospital. The regional health department has set up "
        "field clinics at the main roads into the city and asked other departments to send "
        "paediatricians. The International Committee of the Red Cross said it was providing "
        "medical supplies to hospitals in Ocaña and Tibú. Doctors in Cúcuta say the city's "
        "health system was already stretched by years of migration from Venezuela. "
        "Mental-health teams have begun working in the shelters with children who saw "
        "relatives killed, a UNICEF official said.",
        "B V D H M",
        "armed clashes",
    ),
    (
        "Kenyan medics say police fired tear gas at volunteer clinic during finance bill protests",
        "Volunteer doctors treating injured protesters in central Nairobi say police fired "
        "tear gas into a church compound being used as a first-aid station on Tuesday "
        "evening, as demonstrations against proposed tax rises turned deadly. The Kenya "
        "Medical Association said its members had treated more than 200 people for gunshot "
        "wounds, beatings and tear gas inhalation across the city, and that at least two "
        "volunteers were arrested while wearing medical vests. Rights groups said police had "
        "shot dead at least 19 protesters in several cities after crowds stormed parliament "
        'and set part of the building on fire. "We were bandaging a young man with a bullet '
        'in his thigh when the canisters came over the wall," said a trainee surgeon who '
        "volunteered at the station. Kenyatta National Hospital said it had received dozens "
        "of casualties and appealed for blood donations. Police did not respond to requests "
        "for comment on the clinic incident; the interior minister has said officers acted "
        'with restraint against "criminals" who attacked public property. President '
        "William Ruto withdrew the finance bill the next day.",
        "U",
        "crackdown",
    ),
]
