"""dev239 positives, part A: verified posts and clips from wars and uprisings under way."""

POSITIVES = [
    (
        "Verified: videos show strike flattening apartment blocks in Jabalia",
        "Videos posted on Tuesday afternoon show a crater several metres wide where at least "
        "four residential buildings stood in the Jabalia refugee camp in northern Gaza. BBC "
        "Verify matched the minarets, a water tower and a pharmacy sign in the footage to "
        "satellite images of the camp taken last month. The Israeli military said it had "
        'targeted a senior Hamas commander in the area and that "a large number" of fighters '
        "were killed. The health ministry in Gaza said dozens of people died and hundreds were "
        "wounded, figures that could not be independently confirmed. One clip, filmed minutes "
        "after the blast, shows men digging with their bare hands as a child is lifted out of "
        "the rubble. Another shows the corridor of the Indonesian Hospital packed with wounded "
        "people lying on the floor. Doctors there said they had run out of anaesthetic and were "
        "working by the light of mobile phones. The clips were shared more than 40,000 times on "
        "X within three hours.",
        "E V H",
        "airstrike",
    ),
    (
        "Doorbell camera captures missile hitting Kharkiv administration building",
        "A doorbell camera across the square recorded the moment a Russian missile struck the "
        "regional administration building in Kharkiv on Tuesday morning, in footage that has "
        "since been viewed more than 12m times. The 18-second clip shows cars passing on Freedom "
        "Square before a fireball rips through the centre of the Soviet-era building. Reuters "
        "confirmed the location from the building's facade and the layout of the square. Oleh "
        "Synehubov, the regional governor, said on Telegram that at least 10 people were killed "
        "and 35 wounded, and that rescuers were still searching the basement. The city has been "
        "shelled daily since Russian troops crossed the border five days ago. Residents queued "
        "at the main railway station through the afternoon as trains left for Lviv.",
        "E D",
        "missile_strike",
    ),
    (
        "Fighters' own videos show executions in El Fasher, analysts say",
        "Videos posted by Rapid Support Forces fighters on TikTok and Telegram since Sunday "
        "appear to show the execution of unarmed men on the outskirts of El Fasher, the last "
        "army stronghold in Darfur. Yale's Humanitarian Research Lab said it had geolocated at "
        "least five of the clips to the area around the city's Saudi hospital and the eastern "
        "berm. In one, a man in RSF fatigues fires into a group of people sitting on the sand "
        "while another films and cheers. The RSF said it had taken the city and that any "
        "violations would be investigated. The World Health Organization said it was appalled "
        "by reports that more than 460 patients and companions were killed at the maternity "
        "hospital. The International Organization for Migration said some 26,000 people had "
        "fled on foot towards Tawila in two days. Aid workers there described new arrivals with "
        "gunshot wounds and no water.",
        "V B D H",
        "massacre",
    ),
    (
        "Livestreams from Yangon show troops firing on crowds as death toll climbs",
        "Facebook Live streams from Yangon's Hlaing Tharyar township on Sunday showed soldiers "
        "firing automatic weapons at protesters crouching behind sandbag barricades. The "
        "Assistance Association for Political Prisoners said at least 38 people were killed "
        "nationwide, the bloodiest day since the army seized power on 1 February. Reuters "
        "reporters who watched the streams saw wounded men carried away on doors and "
        'motorbikes. State television said security forces had acted against "rioters" who '
        "set fire to Chinese-owned factories. Martial law was declared in two townships late in "
        "the evening. Mobile data has been cut across most of the country since Monday, and "
        "several of the streams went dark mid-broadcast. Activists said they were uploading "
        "clips through wifi in apartments and foreign SIM cards smuggled over the border.",
        "U V",
        "crackdown",
    ),
    (
        "Zahedan videos show security forces shooting at worshippers after Friday prayers",
        "Clips filmed in the south-eastern Iranian city of Zahedan on Friday show plainclothes "
        "and uniformed security forces firing from the roof of a police station at crowds "
        "leaving the Makki mosque. Amnesty International said it had verified seven of the "
        "videos and that at least 66 people, including children, were killed. Iranian state "
        "media said armed separatists had attacked the station and that several "
        "members of the Revolutionary Guards died. The unrest follows two weeks of protests "
        "across Iran over the death in custody of Mahsa Amini. Internet monitor NetBlocks "
        "reported that mobile networks in Sistan-Baluchestan were shut down within the hour. "
        "Videos from Tehran the same night show riot police on motorbikes charging students and "
        "firing tear gas into a university dormitory.",
        "U V",
        "crackdown",
    ),
    (
        "Clip of student shot by police with arms outstretched fuels Bangladesh protests",
        "A video of a university student standing with his arms spread wide as police fire at "
        "him from across the road in Rangpur has become the defining image of Bangladesh's "
        "quota protests. Abu Sayed, 23, died on the way to hospital on Tuesday. The footage, "
        "verified by AFP from street signs and the university gate, was shared millions of "
        "times before the government cut mobile internet on Thursday. Protesters set fire to "
        "the headquarters of the state broadcaster BTV in Dhaka the same day, and police fired "
        "rubber bullets and tear gas at crowds in Uttara and Jatrabari. Hospitals in the capital "
        "reported at least 32 deaths on Thursday alone. The government has imposed a curfew and "
        "ordered the army on to the streets. Students said the clip ended any hope of talks.",
        "U",
        "crackdown",
    ),
    (
        "Nairobi protesters livestream storming of parliament as police open fire",
        "Thousands of young protesters broke through police lines and entered Kenya's "
        "parliament on Tuesday, in scenes livestreamed on TikTok and X as lawmakers fled "
        "through a tunnel. Part of the building was set on fire. Police fired live rounds "
        "outside the compound, and the Kenya Medical Association said at least 13 people were "
        "shot dead in Nairobi. Videos verified by the BBC show officers firing towards a crowd "
        "on Parliament Road and a man lying motionless near the gates. The Finance Bill that "
        "triggered the protests had been passed hours earlier. President William Ruto called "
        'the storming "treasonous" and deployed the army. Netblocks said internet traffic in '
        "Kenya dropped sharply in the evening. Protest organisers, most of them in their "
        "twenties, had coordinated almost entirely on social media.",
        "U",
        "riot",
    ),
    (
        "DJ's Instagram Live from Lekki toll gate shows soldiers opening fire",
        "A DJ's Instagram Live broadcast from the Lekki toll gate in Lagos on Tuesday night "
        "showed protesters waving Nigerian flags and singing the national anthem as gunfire "
        "crackles in the dark. At least 150,000 people watched the stream at its peak. Amnesty "
        "International said soldiers and police killed at least 12 people at Lekki and in "
        "Alausa. The army denied its troops were at the scene. In the stream, wounded men are "
        "carried to the side of the road, and one protester tries to stop bleeding with a "
        "flag. The lights on the toll plaza and its surveillance cameras were switched off "
        "shortly before the shooting began, witnesses said. On Wednesday, crowds set fire to "
        "police stations and a television station across the city, and a 24-hour curfew was "
        "extended.",
        "U V",
        "crackdown",
    ),
    (
        "Cali videos show men in civilian clothes shooting at protesters beside police",
        "Videos from Cali's Ciudad Jardín neighbourhood on Friday show men in civilian clothes "
        "firing pistols at indigenous protesters while police officers stand a few metres "
        "away. The clips, shared widely on Twitter under #SOSColombia, were verified by the "
        "newspaper El Espectador. Colombia's ombudsman said at least 13 people were killed in "
        "Cali on Friday, including a police investigator. The national strike began a month "
        "ago over tax changes and has become a wider revolt against inequality and police "
        'violence. President Iván Duque ordered the "maximum deployment" of troops to the '
        "city. Indigenous leaders said eight members of the minga were shot and wounded. The "
        "city has been cut off by roadblocks for weeks, and supermarkets have run out of "
        "basics.",
        "U V",
        "crackdown",
    ),
    (
        "Rebel fighters post videos from inside Aleppo as government lines collapse",
        "Syrian opposition fighters posted videos on Friday showing them driving through the "
        "western districts of Aleppo and posing outside the city's university, in the biggest "
        "advance in years. The footage, geolocated by analysts at Bellingcat, shows pickup "
        "trucks mounted with machine guns in the Hamdaniyah area and government checkpoints "
        "abandoned. The offensive, led by Hayat Tahrir al-Sham, began on Wednesday from Idlib. "
        "Russian warplanes struck rebel positions on the city's edge, according to the Syrian "
        "Observatory for Human Rights, which said more than 240 people had been killed since "
        "the offensive began, most of them fighters. Videos from the Kurdish-run Sheikh Maqsoud "
        "district show families loading cars to leave. The Syrian army said it was "
        "redeploying to prepare a counter-attack.",
        "B M D E",
        "offensive",
    ),
    (
        "Attackers' bodycam footage used to identify victims of kibbutz massacre",
        "Footage from cameras worn by Hamas gunmen who attacked Israeli communities on "
        "Saturday was posted to Telegram channels affiliated with the group and is being used "
        "by Israeli forensic teams to identify victims. Verified clips show gunmen walking "
        "from house to house in Kibbutz Be'eri and firing into safe rooms. Israeli officials "
        "said more than 1,200 people were killed and about 240 taken hostage into Gaza. Some "
        "of the videos were livestreamed on victims' own Facebook accounts after their phones "
        "were seized. Meta and X said they were removing the footage under terrorism rules, "
        "but copies continued to circulate. Israel has launched its heaviest air campaign on "
        "Gaza in response, and the Gaza health ministry said more than 1,500 people had been "
        "killed there.",
        "T V E M",
        "terrorist_attack",
    ),
    (
        "Shoppers film pagers exploding across Lebanon in near-simultaneous blasts",
        "Security camera footage from a supermarket in Beirut's southern suburbs shows a man "
        "standing at the fruit counter when a device on his belt explodes, sending shoppers "
        "running. Dozens of similar clips circulated on WhatsApp and X within minutes on "
        "Tuesday as pagers used by Hezbollah members blew up across Lebanon and parts of Syria. "
        "Lebanon's health minister said 12 people were killed, including two children, and "
        "about 2,800 wounded. Hospitals in Beirut, Tyre and Nabatieh appealed for blood "
        "donations and said their emergency rooms were overwhelmed. Hezbollah blamed Israel and "
        "vowed retaliation; Israel did not comment. Videos filmed outside the American "
        "University hospital show ambulances queuing along the street. The health ministry "
        "told medical staff to throw away their own pagers.",
        "E H",
        "bombing",
    ),
    (
        "TikTok videos from Goma show M23 fighters in the streets as residents flee",
        "Videos posted on TikTok and WhatsApp on Monday show columns of M23 fighters walking "
        "through central Goma, in eastern Congo, while gunfire can be heard nearby. Reuters "
        "verified footage of fighters outside the governor's office and near the airport. The "
        "rebels, backed by Rwanda according to UN experts, said they had taken the city. "
        "Congolese soldiers were filmed surrendering their weapons to UN peacekeepers at the "
        "border post. Hospitals run by the International Committee of the Red Cross received "
        "more than 600 wounded in three days. Tens of thousands of people left the camps "
        "around the city, many walking towards the border with Rwanda with mattresses on their "
        "heads. Power and water were cut in most neighbourhoods, and the UN said bodies lay "
        "uncollected in the streets.",
        "B D H",
        "battle",
    ),
    (
        "Gang leaders post videos of raids on Port-au-Prince suburbs",
        "Members of Haiti's Viv Ansanm gang coalition posted videos on TikTok this week "
        "showing gunmen firing into houses in the Solino neighbourhood and setting cars ablaze, "
        "as residents fled under fire. The footage, some of it livestreamed, was verified by "
        "the Miami Herald from landmarks along Delmas Road. The UN said the attacks had forced "
        "at least 5,600 people from their homes since Sunday. Police, backed by Kenyan officers "
        "of the multinational mission, exchanged fire with the gangs for several hours on "
        "Wednesday. Local radio reported that at least nine people were killed. Haiti's "
        "government asked TikTok to remove accounts used by gang leaders to announce "
        "attacks. The company said it had taken down dozens of videos but that new accounts "
        "kept appearing.",
        "B V D",
        "gang_attack",
    ),
    (
        "JNIM video of Barsalogho massacre verified by analysts",
        "A video released on Saturday by the al-Qaeda-linked group JNIM shows its fighters "
        "shooting at men digging a defensive trench outside the town of Barsalogho in "
        "Burkina Faso. Analysts at the International Crisis Group and independent researchers "
        "said the footage was authentic and matched the terrain. Residents said the attack, "
        "which began on Saturday morning, killed at least 200 people, most of them civilians "
        "ordered by the army to dig the trench. The government has not given a toll. Relatives "
        "said bodies were still being collected on Sunday. Clips of the massacre spread on "
        "WhatsApp in Ouagadougou despite a government warning that sharing them would be "
        "treated as support for terrorism. Hundreds of families have fled towards Kaya, aid "
        "agencies said.",
        "T V D",
        "massacre",
    ),
    (
        "Anti-Kremlin militia posts videos from Belgorod villages it claims to have seized",
        "A group of Russian citizens fighting for Ukraine posted videos on Monday showing "
        "armoured vehicles in the village of Kozinka, in Russia's Belgorod region, and fighters "
        "inspecting a captured border post. Analysts at the Institute for the Study of War "
        "said the videos appeared genuine. The Russian Volunteer Corps and the Freedom of "
        "Russia Legion said they had crossed the border at dawn. Russia's defence ministry said "
        "it had launched an operation using aircraft and artillery and killed "
        "more than 70 attackers. Belgorod's governor said one civilian was killed and at least "
        "eight wounded in shelling. Residents of Graivoron district were told to leave, and "
        "videos show queues of cars on the road north.",
        "B M E D",
        "cross_border_raid",
    ),
]
