"""Positives of eval/dev30, Gaza, Israel and Lebanon, Syria: (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Dozens killed near aid distribution site in southern Gaza, health officials say",
        "KHAN YOUNIS, Gaza Strip — At least 27 Palestinians were killed and scores wounded on "
        "Tuesday when gunfire broke out near a food distribution site in Rafah, Gaza's health "
        "ministry and witnesses said, the third such deadly incident in a week. Witnesses said "
        "Israeli troops opened fire as crowds of people walked before dawn along a road towards "
        "the site, run by a US- and Israel-backed foundation that began operating last month. "
        '"We were going to get flour for our children. Then the shooting started and people fell '
        'around me," said Ahmed, 31, who was treated for a leg wound at the Red Cross field '
        "hospital. The International Committee of the Red Cross said its hospital received 184 "
        "patients, the highest number of weapon-wounded in a single incident since it opened, "
        "and that 19 were dead on arrival. The Israeli military said troops had fired at "
        '"suspects" who approached them after leaving a designated route, and that it was '
        "reviewing reports of casualties. The foundation said its distribution had proceeded "
        "without incident at the site itself. UN officials have criticised the new distribution "
        "system, saying it forces hungry people to walk long distances through military zones "
        "and does not meet humanitarian principles. The UN-backed hunger monitor has warned that "
        "the whole population of Gaza faces a risk of famine after a near three-month Israeli "
        "blockade of food and medicine. Israel says the new system prevents aid from being "
        "diverted by Hamas, which denies taking it. Many of the dead and wounded were young men "
        "and teenagers who had set off in the dark to be first in line, relatives said. At "
        "Nasser hospital in Khan Younis, families waited in the courtyard for news, and doctors "
        'said many patients had gunshot wounds to the head and chest. "We go because there is no '
        'other food. We know we may not come back," said a man whose 17-year-old son was killed. '
        "The UN's human rights office said it had recorded hundreds of people killed near aid "
        "sites and along the routes of aid convoys in recent weeks and called for an "
        "investigation. Aid agencies said the handful of distribution points, all in the south, "
        "forced people from northern and central Gaza to make long and dangerous journeys. "
        "Prices of flour in Gaza's markets have risen to more than 20 times their pre-war level.",
        "V H",
        "aid_crowd_shooting",
    ),
    (
        "Hezbollah fires rocket barrage at northern Israel as towns remain empty",
        "JERUSALEM — Hezbollah fired about 50 rockets at northern Israel on Wednesday, setting "
        "fires in open areas near Kiryat Shmona and damaging houses in a community close to the "
        "Lebanese border, the Israeli military and emergency services said. No serious injuries "
        "were reported, but a man in his 60s was treated for shrapnel wounds in Metula. Sirens "
        "sounded across the upper Galilee and the Golan Heights through the afternoon. The "
        "Lebanese armed group said in a statement that it had targeted an army base and a "
        'headquarters "in response to the Zionist enemy\'s attacks" on villages in south '
        "Lebanon. The Israeli military said its jets and artillery struck Hezbollah launch sites "
        "and a weapons depot in response. The exchange was part of almost daily cross-border "
        "fire that began on October 8, 2023, a day after Hamas's attack on Israel. Around 60,000 "
        "Israeli residents of the north have been evacuated from their homes and are living in "
        "hotels and rented flats, and tens of thousands of Lebanese have fled villages in the "
        'south. "I have not slept in my own bed for eight months," said Orna, a resident of '
        "Kiryat Shmona who was staying with her daughter in Haifa. Local officials complained "
        "that the government had no plan for bringing residents home. Firefighters said dry "
        "weather and strong winds had made the blazes caused by the rockets difficult to "
        "contain, and several thousand dunams of forest and pasture were burned.",
        "E D",
        "rocket_attack",
    ),
    (
        "Israel widens air campaign in Lebanon; tens of thousands flee south",
        "BEIRUT — Israeli warplanes struck hundreds of targets across southern Lebanon and the "
        "Bekaa Valley on Monday in the most intense bombing campaign against Hezbollah since "
        "2006, killing at least 490 people, including dozens of children, Lebanon's health "
        "ministry said. The Israeli military said it had hit some 1,600 targets belonging to the "
        "Iran-backed group, including rocket launchers hidden in homes, and urged residents of "
        "villages in the south to leave. Many did not wait. Cars packed with families and "
        "mattresses jammed the coastal highway north towards Beirut and Sidon for hours, and "
        'schools in the capital were opened as shelters. "We left everything. The bombs were '
        'falling on the next street," said Hussein, who drove his wife and three children out of '
        "Nabatieh. The health ministry said hospitals in the south had been told to postpone "
        "non-urgent operations to treat the wounded. Hezbollah said it fired rockets at military "
        "sites in northern Israel in response. Israel's defence minister said the operation, "
        "which followed a wave of exploding pagers and walkie-talkies used by Hezbollah members "
        "the week before, would continue until northern residents could return home safely. The "
        "UN secretary-general said he was alarmed by the escalation and warned that Lebanon "
        'risked becoming "another Gaza". Lebanon\'s government, already struggling with an '
        "economic collapse, asked for international help to house the displaced. The Lebanese "
        "government said the displaced were being housed in schools in Beirut, Mount Lebanon and "
        "the north, and that many families were sleeping in cars or in public parks. Thousands "
        "of Syrians, who had fled the civil war in their own country, crossed back into Syria, "
        "according to the UN refugee agency. Schools across the country postponed the start of "
        "the academic year. In the south, Israeli strikes hit houses, farms and roads in dozens "
        "of villages, and rescue workers said some families were trapped under the rubble of "
        "their homes. The Lebanese Red Cross said its ambulances were struggling to reach some "
        "areas because of the intensity of the strikes. Hezbollah fired more than 200 rockets "
        "and drones at northern Israel during the day, the Israeli military said, some reaching "
        "areas near Haifa, and schools in northern Israel were closed.",
        "E M D H",
        "air_campaign",
    ),
    (
        "Syrian rebels sweep into Aleppo in surprise offensive",
        "BEIRUT — Syrian rebel fighters led by the Islamist group Hayat Tahrir al-Sham entered "
        "Aleppo on Friday, two days after launching a surprise offensive from their stronghold "
        "in Idlib, in the biggest challenge to President Bashar al-Assad's rule in years. Rebels "
        "posted videos of themselves in the city's western districts and outside the citadel, "
        "and a war monitor said government forces had withdrawn from several neighbourhoods with "
        "little resistance. The Syrian army said dozens of its soldiers had been killed in "
        "battles along a front of more than 100 kilometres and that it was regrouping to prepare "
        "a counterattack. Russian jets, which have backed Assad since 2015, struck rebel "
        "positions on the city's outskirts, according to the monitor and to rebels. Residents "
        'said they stayed indoors as gunfire echoed through the night. "Nobody knew what was '
        'happening. Then we saw them in the street," a shopkeeper in the Hamdaniya district '
        "said. Thousands of people, including Kurdish families from the Sheikh Maqsoud district, "
        "fled towards areas held by Kurdish-led forces east of the city, and others tried to "
        "leave for Hama and Homs. Aleppo, Syria's second city, was divided for years before "
        "government forces backed by Russia and Iran retook the rebel-held east in 2016 after a "
        "devastating siege. Analysts said the speed of the advance reflected the weakness of "
        "Assad's allies, with Russia focused on Ukraine and Hezbollah weakened by its war with "
        "Israel. By Saturday, rebel fighters were patrolling the streets and had taken control "
        "of the international airport and several military bases, according to the war monitor. "
        "Pro-government media acknowledged that the army had withdrawn from the city and "
        'described the move as a "temporary redeployment" to prepare a counteroffensive. Syrian '
        "and Russian aircraft struck rebel positions in Idlib and on the outskirts of Aleppo, "
        "killing at least 20 people, according to rescue workers in the opposition-held "
        "north-west. Residents who stayed in the city said shops had started to reopen, but "
        "bread was in short supply. The United Nations said it was deeply concerned about the "
        "safety of civilians and called on all parties to protect them. Turkey, which backs some "
        "of the rebel groups, said it was not involved in the offensive.",
        "B E D H",
        "offensive",
    ),
    (
        "Killings of Alawite civilians on Syria's coast as security forces battle Assad loyalists",
        "LATAKIA, Syria — Hundreds of civilians from Syria's Alawite minority have been killed "
        "in villages on the Mediterranean coast since Thursday, a war monitor said, as the new "
        "government's forces and allied armed groups battled fighters loyal to ousted president "
        "Bashar al-Assad. The Syrian Observatory for Human Rights said gunmen had carried out "
        "summary executions in homes and streets in villages around Baniyas and Jableh, killing "
        "entire families, and that more than 740 civilians had been killed. Survivors described "
        'gunmen asking residents whether they were Alawite before shooting them. "They took my '
        'father and my brother out of the house and shot them in front of the door," a woman '
        "from Baniyas told a journalist by phone. The violence began when Assad loyalists "
        "ambushed security patrols near Jableh, killing several members of the new security "
        "forces, prompting the government to send reinforcements to the coast. The interim "
        "president, Ahmed al-Sharaa, said in a speech that those who had harmed civilians would "
        'be held accountable and announced a committee to investigate. He blamed "remnants of '
        'the former regime" and "foreign parties" for stoking the unrest. Thousands of Alawites '
        "fled into the mountains or sought shelter at a Russian air base at Hmeimim, residents "
        "said. The UN human rights chief called for prompt and impartial investigations. The "
        "Alawite sect, an offshoot of Shia Islam, formed the core of Assad's security apparatus "
        "during a civil war that began in 2011. Videos circulating on social media, some of "
        "which were verified by news organisations, showed men in military uniforms forcing "
        "civilians to crawl and bark before shooting them, and bodies lying in the streets of "
        "Baniyas. The defence ministry said it had set up checkpoints on the coastal highway to "
        "stop unauthorised fighters from entering the area and that any member of the security "
        "forces found to have violated orders would be referred to military courts. Residents "
        "said electricity and water had been cut in several villages, and that bread was running "
        "short because bakeries were closed. Human rights groups said some of the armed groups "
        "involved had only recently been folded into the new army and were poorly disciplined. "
        "The violence is the most serious challenge to the authority of the new government since "
        "it took power in December.",
        "V B D H",
        "massacre",
    ),
]
