"""dev203 positives, part B: current armed conflict or political violence that reaches workers.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Worker killed as joint forces fire on Ashulia wage protest; factories vandalised",
        "A garment worker was killed and several others were injured when members of the army "
        "and police opened fire on workers demonstrating for unpaid wages and higher attendance "
        "bonuses in Ashulia on Monday, witnesses and doctors said. Kawsar Hossain Khan, 24, died "
        "of a gunshot wound at Enam Medical College Hospital in Savar, a hospital official told "
        "the Dhaka Tribune. The clash began when workers from several factories blocked the "
        "Baipail-Abdullahpur road and some of them threw stones at a factory and smashed its "
        "windows, after which the joint forces fired to disperse them, according to the "
        "industrial police. Workers said the shooting began without warning. Later in the day "
        "crowds vandalised at least four factories and set fire to a motorcycle. The BGMEA said "
        "219 factories in Ashulia had been closed under section 13 of the labour law, which "
        "allows owners to shut down without paying wages during unrest. The interim government's "
        "labour adviser said an inquiry would be held and promised that those responsible "
        "would be punished. Unions said the violence showed that little had changed for workers "
        "since the uprising that toppled the previous government in August.",
        "U",
        "crackdown",
    ),
    (
        "Soldiers shoot protesters as Zimbabwe stay-away over fuel price turns to riots",
        "Zimbabwean soldiers and police shot dead at least a dozen people during three days of "
        "protests over a 150% increase in fuel prices, human rights doctors said on Thursday, as "
        "the government cut off the internet and arrested hundreds. The Zimbabwe Congress of "
        "Trade Unions had called a three-day national stay-away, and many workers stayed at home "
        "in Harare and Bulawayo. But in the townships of Epworth, Chitungwiza and Mabvuku, "
        "groups of young men barricaded roads, burned vehicles and looted shops, and soldiers "
        "deployed in the streets fired live ammunition, according to witnesses. The Zimbabwe "
        "Association of Doctors for Human Rights said it had treated 68 people for gunshot "
        "wounds and scores more who had been beaten in night raids on their homes. Police said "
        "more than 600 people had been arrested, including the ZCTU's secretary-general, who "
        "was charged with subversion. “Those who use violence will be dealt with,” the "
        "information minister said. Shops in central Harare began to reopen on Thursday under a "
        "heavy military presence. The union denied organising any violence.",
        "U",
        "crackdown",
    ),
    (
        "Two killed in Conakry as general strike paralyses Guinea",
        "At least two young men were shot dead in Conakry on Monday as security forces tried to "
        "break up demonstrations on the first day of a general strike called by Guinea's trade "
        "unions, local health officials and residents said. Shops, banks, schools and markets "
        "were closed across the capital, and the roads to the port and the mining towns were "
        "almost empty. The unions are demanding lower food prices, the lifting of restrictions "
        "on the media and the release of a jailed journalists' union leader. In the suburbs of "
        "Hamdallaye and Kaloum, youths set up barricades of burning tyres and threw stones at "
        "gendarmes, who responded with tear gas and, according to residents, live fire. One of "
        "the victims, a 17-year-old apprentice mechanic, was hit by a bullet in the neck, his "
        "family said. The government spokesman said the security forces had not used "
        "firearms and accused “agitators” of infiltrating the strike. Internet access was "
        "restricted for much of the day. Late in the evening the unions said the strike would "
        "continue until their demands were met.",
        "U",
        "crackdown",
    ),
    (
        "Petrol bombs and tear gas in Syntagma as Tempi general strike brings Greece to a standstill",
        "Riot police fired tear gas and stun grenades at protesters throwing petrol bombs and "
        "stones outside parliament in Athens on Friday, as hundreds of thousands of people "
        "joined a general strike and rallies on the second anniversary of the Tempi train crash, "
        "which killed 57 people. Flights were grounded after air traffic controllers walked out, "
        "and ferries, trains and public transport were halted. The demonstrations, among the "
        "largest in Greece in more than a decade, were largely peaceful until hooded youths "
        "clashed with police near the Tomb of the Unknown Soldier, smashing shop windows and "
        "setting rubbish bins on fire. Police said dozens of people had been detained and that "
        "several officers were injured. Clashes were also reported in Thessaloniki. Relatives of "
        "the victims accuse the government of covering up evidence about the crash, an accusation "
        "it rejects. The civil servants' union ADEDY, which co-organised the strike, said the "
        "turnout showed that Greeks “will not let this be buried”. Prime Minister Kyriakos "
        "Mitsotakis said he understood the public's anger but condemned the violence.",
        "U",
        "riot",
    ),
    (
        "Looting and arson in Santiago on Chile’s general strike day",
        "Chilean police fired tear gas and water cannon at protesters in central Santiago on "
        "Tuesday as a general strike called by unions and social organisations turned into one "
        "of the most violent days of the unrest that began a month ago. Supermarkets and "
        "pharmacies were looted in several districts of the capital, a church was set on fire, "
        "and hooded demonstrators attacked police stations, officials said. The government said "
        "more than 700 people had been arrested nationwide and 115 police officers injured. Port "
        "workers, miners at state copper company Codelco and public employees joined the "
        "strike, blocking the entrances to several ports. The National Human Rights Institute "
        "said it had recorded more than 200 people with eye injuries from rubber pellets since "
        "the protests began. President Sebastian Pinera went on television to call for an "
        "agreement for peace and said he would not hesitate to use all legal means to restore "
        "order. The Unidad Social coalition of unions said it would continue its mobilisations.",
        "U",
        "riot",
    ),
    (
        "Ecuador strike: protesters clash with police in Quito as deaths rise to five",
        "Indigenous protesters and police clashed in Quito for a second night on Thursday, on "
        "the eleventh day of a national strike against fuel prices led by the Confederation of "
        "Indigenous Nationalities of Ecuador, and the ombudsman's office said five people had now "
        "died. Demonstrators armed with sticks and shields tried to break through police lines "
        "near the national assembly, and officers responded with tear gas and rubber bullets. "
        "Dozens of people were injured. The government of President Guillermo Lasso declared a "
        "state of emergency in six provinces and said a soldier had been killed when protesters "
        "attacked a fuel convoy in the Amazon province of Sucumbios. Transport unions and some "
        "public-sector workers joined the strike, and roadblocks have cut food and fuel "
        "supplies to the capital. “We will stay until the government listens,” the CONAIE "
        "president told supporters at the Casa de la Cultura. Oil production has fallen by "
        "more than half because of blockades and occupations of oil fields, the energy ministry "
        "said.",
        "U",
        "riot",
    ),
    (
        "Labour organiser among nine activists killed in ‘Bloody Sunday’ police raids",
        "A labour organiser was among nine activists shot dead when Philippine police and "
        "soldiers raided homes and offices across four provinces south of Manila on Sunday "
        "morning, rights groups said. Manny Asuncion, a coordinator of a workers' group in "
        "Cavite, was killed inside a union office in Dasmarinas, according to his colleagues. "
        "The police said officers had been serving search warrants for illegal firearms and "
        "that those killed had resisted arrest and fought back. Relatives and witnesses said the "
        "victims were unarmed. Six other people were arrested. The raids came two days after "
        "President Rodrigo Duterte told security forces to “kill” communist rebels and to ignore "
        "human rights. The Kilusang Mayo Uno labour centre said the operations were part of a "
        "campaign to crush trade unions by branding them as fronts for the communist New People's "
        "Army. The UN human rights office called for an independent investigation. The "
        "Commission on Human Rights said it had sent investigators to the four provinces.",
        "V M",
        "raid",
    ),
    (
        "Garment workers flee as gangs attack around Port-au-Prince industrial park",
        "Thousands of garment workers were unable to reach their jobs in Port-au-Prince this week "
        "after gangs launched coordinated attacks on police stations and neighbourhoods near the "
        "capital's main industrial park, factory owners and unions said. Gunmen from the Viv "
        "Ansanm coalition fought the police for control of the roads around the park for several "
        "days, and residents of nearby districts fled with their belongings on their heads. "
        "At least four factories in the park have suspended production, and a textile exporter "
        "said two of its employees were killed by stray bullets on their way home. “The workers "
        "are terrified. Some of them have lost their homes,” said a union leader. Haiti's apparel "
        "industry, which employs about 40,000 people and exports mostly to the United States, had "
        "already lost thousands of jobs because of the violence. The International Organization "
        "for Migration said more than 10,000 people had been displaced from the area in a week, "
        "many of them sheltering in schools and churches. The Kenyan-led security mission said "
        "it was supporting police operations in the area.",
        "B D",
        "battle",
    ),
    (
        "Miners flee Rubaya as M23 rebels seize coltan mining town",
        "Thousands of artisanal miners and their families fled the coltan mining area of Rubaya "
        "in eastern Democratic Republic of Congo after M23 rebels seized the town following "
        "fighting with the army and allied militias, residents and civil society groups said. "
        "The rebels, whom UN experts say are backed by Rwanda, took control of the mines after "
        "two days of clashes in which mortar shells fell near the mining pits, according to "
        "witnesses. Many miners walked towards Goma and Sake, where displacement camps are "
        "already overcrowded. Rubaya produces about 15% of the world's coltan, a mineral used "
        "in mobile phones and electronics. A miners' cooperative leader said the rebels had "
        "installed their own administration and were taxing the minerals leaving the site. "
        "“We left our tools and ran. Some of our colleagues are still missing,” a miner told "
        "Reuters in Goma. The UN's humanitarian office said more than 100,000 people had been "
        "displaced in Masisi territory in the past month. The Congolese government called the "
        "takeover an act of economic war.",
        "B E D",
        "battle",
    ),
    (
        "Iranian oil and petrochemical workers strike as security forces move in",
        "Contract workers at oil refineries and petrochemical plants in Iran's south walked off "
        "the job on Monday in support of the nationwide protests, and footage showed groups of "
        "them blocking roads and chanting “death to the dictator” near the Asaluyeh complex. "
        "Security forces arrived at several sites and detained dozens of workers, according to "
        "the Council for Organising Protests of Oil Contract Workers. Rights groups said at "
        "least 185 people, including 19 children, had been killed by security forces since the "
        "protests began after the death in custody of a young woman arrested by the morality "
        "police. In Tehran and Kurdish cities, riot police fired birdshot and tear gas at "
        "crowds, and the Revolutionary Guards warned protesters to stay off the streets. The oil "
        "ministry said the stoppages involved a small number of temporary workers and had not "
        "affected production. Analysts said any spread of strikes to permanent staff in the oil "
        "sector would recall the strikes that helped bring down the shah in 1979. The internet "
        "remained severely restricted across the country.",
        "U",
        "crackdown",
    ),
    (
        "Two dead as clash between Indonesian and Chinese workers sets Morowali smelter ablaze",
        "Two workers were killed and several injured in a clash between Indonesian and Chinese "
        "employees at a nickel smelter in Morowali Utara, Central Sulawesi, on Saturday night, "
        "police said. The violence broke out during a strike by Indonesian workers at PT Gunbuster "
        "Nickel Industry over safety conditions and the use of foreign labour, after Chinese "
        "workers allegedly tried to stop the strikers. Crowds armed with rocks and iron bars "
        "set fire to vehicles, heavy equipment and several workers' dormitories, and the "
        "company's offices were looted. One Indonesian and one Chinese worker died, police said. "
        "More than 70 people were detained and hundreds of police and soldiers were sent to the "
        "site. The smelter, owned by China's Jiangsu Delong Nickel, has been criticised by "
        "unions over a series of fatal accidents. The labour ministry said it would review the "
        "company's permits, and the union that called the strike denied organising any violence.",
        "U",
        "riot",
    ),
    (
        "Foxconn workers clash with police in hazmat suits at Zhengzhou plant",
        "Hundreds of workers at Foxconn's iPhone factory in Zhengzhou clashed with security staff "
        "and police in white hazmat suits overnight, according to videos posted online, in a "
        "rare outbreak of labour unrest in China over pay and Covid-19 restrictions. Footage "
        "showed workers overturning police cars, tearing down barriers and throwing objects "
        "at officers, who beat some of them with batons and metal poles. Several workers were "
        "shown with bloodied heads. The workers, many of them recent recruits, said Foxconn had "
        "failed to pay the bonuses it promised and had housed them with colleagues who had "
        "tested positive. Foxconn, Apple's main assembler, said in a statement that it had paid "
        "all wages according to contract and blamed a “technical error” for the bonus dispute. "
        "The company offered 10,000 yuan to recruits who agreed to resign and leave. Police "
        "reinforcements were deployed to the campus on Thursday. Analysts said production at "
        "the plant, the world's largest iPhone factory, could fall by up to 30% this month.",
        "U",
        "riot",
    ),
    (
        "Police tear gas striking doctors in Nairobi, injuring union chief",
        "Kenyan police fired tear gas at striking doctors marching to the health ministry in "
        "Nairobi on Thursday, and the secretary-general of the doctors' union was taken to "
        "hospital with a head wound after a canister hit him, the union said. Videos showed "
        "doctors in white coats running from clouds of gas along Haile Selassie Avenue, and one "
        "showed Davji Atellah with blood running down his face. The Kenya Medical Practitioners, "
        "Pharmacists and Dentists Union has been on strike for three weeks, demanding the "
        "posting of medical interns and the payment of salary arrears. Police said the "
        "protesters had not notified the authorities of the march and had blocked traffic. The "
        "Law Society of Kenya condemned what it called the brutal use of force against "
        "peaceful professionals. Public hospitals across the country have been turning away "
        "patients since the strike began. The interior minister said an inquiry would be held "
        "into the officers' conduct.",
        "U",
        "crackdown",
    ),
    (
        "Energoatom says Russian troops detained and beat Zaporizhzhia plant workers",
        "Russian forces occupying the Zaporizhzhia nuclear power plant have detained dozens of "
        "its Ukrainian staff, and some have been beaten and tortured in a basement in Enerhodar, "
        "Ukraine's state nuclear company Energoatom said on Wednesday. The company said at "
        "least 200 employees had been held at some point since the plant was seized, and that "
        "the whereabouts of about a dozen remained unknown. Workers who refused to sign contracts "
        "with Russia's nuclear company Rosatom were barred from the site and some were "
        "threatened with deportation. The International Atomic Energy Agency, which keeps a "
        "team of experts at the plant, said it was aware of reports of intimidation and that "
        "the pressure on staff was a threat to nuclear safety. Shelling near the plant has "
        "repeatedly cut its external power lines. “People are working at gunpoint,” the head "
        "of Energoatom said in a statement. Russia did not respond to the allegations.",
        "V",
        "detention",
    ),
    (
        "Seafarers killed as Houthi missile hits bulk carrier in Gulf of Aden",
        "Three crew members were killed and at least four injured when a missile fired by "
        "Yemen's Houthis struck the Barbados-flagged bulk carrier True Confidence in the Gulf of "
        "Aden on Wednesday, the US military said, the first deaths in the group's attacks on "
        "merchant shipping. The crew abandoned the burning ship, and an Indian navy warship "
        "rescued 21 sailors, including the injured, using a helicopter and boats. The ship's "
        "Greek operator said the crew were from the Philippines, Vietnam, Sri Lanka, India and "
        "Nepal. The International Transport Workers' Federation said seafarers were “paying "
        "with their lives” for a conflict they had no part in and called for ships to be "
        "allowed to refuse to sail through the Red Sea. The Houthis, who have attacked dozens "
        "of ships since November in what they say is solidarity with Palestinians in Gaza, said "
        "they had targeted an American ship. The Philippines' migrant workers ministry said it "
        "would seek to bring the bodies home.",
        "E",
        "missile strike",
    ),
    (
        "Bolivian deputy minister beaten to death by striking miners after two shot at blockade",
        "Bolivia's deputy interior minister was beaten to death by striking miners who had "
        "taken him hostage at a road blockade south of La Paz, the government said on Friday, "
        "after two miners were shot dead in clashes with police. Rodolfo Illanes had gone to "
        "Panduro to negotiate with members of mining cooperatives who had blocked the highway "
        "for several days in protest at a new law that would allow their workers to unionise. "
        "Police had been trying to clear the road with tear gas, and the miners had used "
        "dynamite against officers. The government said the deaths of the two miners were "
        "under investigation, while the cooperatives accused police of firing live ammunition. "
        "“This was a cowardly and brutal murder,” a government minister said in a televised "
        "statement. More than 100 miners were arrested when police cleared the blockade on "
        "Friday. President Evo Morales, once an ally of the cooperatives, declared three days "
        "of mourning.",
        "U V",
        "riot",
    ),
]
