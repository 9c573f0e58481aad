"""dev303 negatives, part C: urgent items on workers' strikes, peace deals, the military without
violence, history, screen and other news; not conflict under eval/README.md (section 1).
(title, text, kind code)."""

NEGATIVES = [
    (
        "Strikes halt trains and refineries as French unions step up pension fight",
        """Paris (AFP) - Hundreds of thousands of people marched across France on Tuesday as unions staged a sixth day of nationwide strikes against President Emmanuel Macron's plan to raise the retirement age from 62 to 64, bringing much of the rail network to a standstill. Only one in five high-speed trains ran, deliveries from refineries were blocked and rubbish piled up in Paris streets as refuse collectors walked out. The interior ministry counted 1.28 million marchers nationwide, a record since the protests began in January, while the CGT union put the figure at 3.5 million. The marches passed off peacefully in most cities, police said. "We will not give up this battle," CGT leader Philippe Martinez told reporters at the head of the Paris march. Labour Minister Olivier Dussopt said the government would not back down. Unions called for rolling strikes in transport and energy.""",
        "protest",
    ),
    (
        "Samsung union launches first-ever strike, demanding higher pay",
        """SEOUL, July 8 (Reuters) - Samsung Electronics' largest union began an indefinite general strike on Monday, the first full strike in the South Korean company's 55-year history, demanding higher wages and bonuses. The National Samsung Electronics Union, which represents about a fifth of the firm's workforce, said some 6,500 workers had joined a rally outside the chipmaker's Hwaseong plant south of Seoul, singing and waving banners. The company said production had not been disrupted. Union leaders said they would step up the action until management agreed to talks. "The company has declared war on its own workers by ignoring us," a union official told the crowd. Samsung, the world's largest memory chip maker, is struggling to catch up with rivals in high-end chips used for artificial intelligence. The company's shares were little changed.""",
        "protest",
    ),
    (
        "US East Coast and Gulf ports shut as dockworkers strike for first time since 1977",
        """NEW YORK (AP) — Tens of thousands of dockworkers walked off the job at ports from Maine to Texas early Tuesday, shutting down the movement of cargo at 36 ports in a strike that threatens to disrupt supply chains weeks before the holiday season. The International Longshoremen's Association, representing about 45,000 workers, said it was demanding a big pay rise and a ban on automated cranes and gates. Picket lines formed outside the Port of New York and New Jersey and in Baltimore, where workers chanted and waved signs, with no incidents reported. The United States Maritime Alliance, representing the ports, said it had offered a 50% wage increase over six years. Economists estimate that the strike could cost the economy several billion dollars a day. President Joe Biden said he would not use his powers to intervene.""",
        "protest",
    ),
    (
        "English junior doctors walk out for six days in record NHS stoppage",
        """LONDON, Jan 3 (Reuters) - Junior doctors in England began a six-day strike on Wednesday, the longest walkout in the history of the National Health Service, in a long-running dispute with the government over pay. The British Medical Association said thousands of its members had joined picket lines outside hospitals across the country from 7 a.m. local time. The NHS said tens of thousands of appointments and operations would be postponed and that hospitals were under severe pressure from winter illnesses. Health Secretary Victoria Atkins said the strike would have serious consequences for patients and called on the union to return to talks. The BMA says pay for junior doctors has fallen by more than a quarter in real terms since 2008. "We don't want to be out here, but we are fighting for the future of the health service," one doctor told Reuters outside St Thomas' Hospital.""",
        "protest",
    ),
    (
        "Argentina's unions hold first general strike against Milei's reforms",
        """BUENOS AIRES (AP) — Argentina's largest labour federation staged a 12-hour general strike on Wednesday to protest President Javier Milei's sweeping economic reforms, as tens of thousands of people marched to Congress in Buenos Aires. Flights were cancelled, banks and many shops closed, and public transport ran at reduced levels. The General Confederation of Labor said the strike was aimed at a decree that rewrites labour laws and at an omnibus bill under debate in Congress. The march passed off without major incident, police said. Security Minister Patricia Bullrich said the government would deduct the day's pay from striking public employees. It was the fastest that any government has faced a general strike since Argentina returned to democracy in 1983, coming just 45 days after Milei took office. Milei's spokesman called the strike an attack on people who want to work.""",
        "protest",
    ),
    (
        "Colombia and FARC rebels sign historic peace deal to end 52-year war",
        """CARTAGENA, Colombia, Sept 26 (Reuters) - Colombian President Juan Manuel Santos and the leader of the FARC rebel group signed a peace deal on Monday to end more than half a century of war, in a ceremony attended by world leaders in the Caribbean city of Cartagena. Santos and Rodrigo Londono, known by his nom de guerre Timochenko, signed the accord with a pen made from a bullet, before a crowd of 2,500 people dressed in white. Londono asked forgiveness from the victims of the conflict, which killed more than 220,000 people and displaced millions. Under the deal, the FARC's roughly 7,000 fighters will hand their weapons to United Nations monitors within six months and form a political party. Colombians will vote on the agreement in a referendum on Sunday. UN Secretary-General Ban Ki-moon said the world was watching with hope.""",
        "peace",
    ),
    (
        "Ethiopia, Tigray negotiators sign truce in Pretoria after ten days of AU-led talks",
        """PRETORIA, Nov 2 (Reuters) - Ethiopia's government and forces from the northern Tigray region agreed on Wednesday to a permanent cessation of hostilities, the African Union's mediator said, in a breakthrough after two years of war that has killed tens of thousands of people. Former Nigerian President Olusegun Obasanjo said the two sides had agreed to orderly, smooth and coordinated disarmament, restoration of law and order and unhindered humanitarian access. Negotiators for both sides signed the agreement in Pretoria after ten days of talks. "The level of destruction is immense, that is why we have agreed to implement this agreement," Tigray's chief negotiator Getachew Reda said. Ethiopia's national security adviser Redwan Hussien said the government was committed to its implementation. Details on monitoring were still to be worked out. The United States welcomed the deal.""",
        "peace",
    ),
    (
        "Congo, Rwanda foreign ministers sign peace pact at State Department",
        """WASHINGTON (AP) — The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department on Friday aimed at ending years of conflict in eastern Congo, in a deal brokered by the Trump administration. The agreement commits the two countries to respect each other's territorial integrity and includes provisions for the disengagement and disarmament of armed groups, as well as the return of refugees. Secretary of State Marco Rubio, who hosted the ceremony, called it an important moment after 30 years of war. The deal does not directly involve the M23 rebel group, which is negotiating separately with Kinshasa in talks mediated by Qatar. Congo's foreign minister said the agreement must be followed by the withdrawal of Rwandan troops. Rwanda has denied backing the rebels. The agreement also foresees a regional economic framework that could open the area's minerals to Western investment.""",
        "peace",
    ),
    (
        "Aliyev and Pashinyan initial accord at White House, agree Trump-branded transit route",
        """WASHINGTON, Aug 8 (Reuters) - The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, committing to end decades of hostility over the Nagorno-Karabakh region and to open key transport routes across their shared border. President Donald Trump, who hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan, said the accord would bring lasting peace to the South Caucasus. Under the deal, the United States will receive development rights to a transit corridor through southern Armenia, linking Azerbaijan to its Nakhchivan exclave. Aliyev and Pashinyan shook hands and said they would nominate Trump for the Nobel Peace Prize. The treaty still needs to be signed and ratified, and Azerbaijan has demanded changes to Armenia's constitution. Russia, which has traditionally mediated between the two, said it welcomed any steps towards peace.""",
        "peace",
    ),
    (
        "Russia and Ukraine agree to swap 1,000 prisoners each after Istanbul talks",
        """ISTANBUL, May 16 (Reuters) - Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each, the biggest swap of the conflict, after their first direct peace talks in more than three years ended in Istanbul in under two hours. Ukrainian Defence Minister Rustem Umerov, who led Kyiv's delegation, said the exchange would take place in the coming days. Kremlin aide Vladimir Medinsky said the sides had also agreed that each would set out its vision of a possible future ceasefire in detail. Turkish Foreign Minister Hakan Fidan said the talks had produced a result but that a long road lay ahead. Ukraine had pressed for an immediate 30-day ceasefire, which Moscow did not accept. President Volodymyr Zelenskiy said the meeting had been a step towards ending the war. The exchange would be carried out in stages, officials said.""",
        "peace",
    ),
    (
        "North Korea fires ICBM into sea off Japan in longest flight yet",
        """SEOUL (AP) — North Korea test-fired an intercontinental ballistic missile that flew for more than 70 minutes before landing in the sea west of Japan on Thursday, the longest flight time recorded for any of its missiles, South Korean and Japanese officials said. The missile was launched on a steep trajectory from near Pyongyang and reached an altitude of about 6,000 kilometres, Japan's defence ministry said. Japanese Prime Minister Fumio Kishida condemned the launch as a threat to the safety of the region. The test came days before the U.S. presidential election and after South Korea accused the North of sending troops to help Russia. North Korean leader Kim Jong Un said the launch showed the country's resolve to respond to its enemies. The U.N. Security Council has banned North Korea from ballistic missile activity. No damage was reported.""",
        "military",
    ),
    (
        "NATO launches its biggest military exercise since the Cold War",
        """BRUSSELS, Jan 18 (Reuters) - NATO will launch its largest military exercise in decades next week, with around 90,000 troops taking part in drills lasting until May, the alliance's top commander said on Thursday. The Steadfast Defender 2024 exercise will rehearse how U.S. forces could reinforce European allies in countries bordering Russia and on the alliance's eastern flank, if a conflict erupted with a near-peer adversary. More than 50 ships, from aircraft carriers to destroyers, will take part, along with 80 fighter jets, helicopters and drones and at least 1,100 combat vehicles, including tanks. NATO Supreme Allied Commander Europe Chris Cavoli said the alliance would demonstrate its ability to reinforce the Euro-Atlantic area. Moscow's ambassador to Belgium said the drills were a provocation. The exercise will be the biggest since Reforger in 1988.""",
        "military",
    ),
    (
        "Taiwan begins largest annual war games, simulating Chinese invasion",
        """Taipei (AFP) - Taiwan launched its largest annual military exercises on Wednesday, with 22,000 reservists called up for ten days of drills that simulate a Chinese invasion and the defence of the capital. President Lai Ching-te watched troops fire HIMARS rocket systems at a range in southern Taiwan and said the island's armed forces were determined to protect their homeland. The Han Kuang drills, longer than in previous years, include live-fire exercises, civil defence evacuations and rehearsals for defending beaches and ports. Soldiers practised blocking main roads in Taipei with armoured vehicles, and residents were asked to take part in air raid drills. China's Taiwan Affairs Office said the exercises would not stop reunification. No Chinese military activity beyond the usual patrols was reported. Taiwan's defence ministry said the drills would also test its response to cyberattacks.""",
        "military",
    ),
    (
        "Cologne evacuates 20,500 people to defuse three wartime bombs",
        """BERLIN, June 4 (Reuters) - The German city of Cologne evacuated more than 20,000 people on Wednesday, the largest such operation since the end of World War Two, after three unexploded American bombs were found during construction work near a bridge over the Rhine. Residents, hotels, a hospital and parts of the old town were cleared within a 1-km radius, and ships were halted on the river, city authorities said. Each of the bombs weighed about a tonne and had impact fuzes, experts said. Bomb disposal teams defused all three in the evening, and residents were allowed to return home shortly after. Some 58 schools and care homes had been closed for the day. Hundreds of tonnes of unexploded ordnance are still found every year in Germany, eight decades after the end of the war. The operation cost several hundred thousand euros.""",
        "history",
    ),
    (
        "Rwanda marks 30 years since genocide with call never to forget",
        """KIGALI, April 7 (Reuters) - Rwanda began a week of mourning on Sunday to mark 30 years since the genocide in which about 800,000 people, mostly ethnic Tutsis and moderate Hutus, were killed by Hutu extremists in 100 days. President Paul Kagame lit a remembrance flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried, in the presence of foreign leaders including former U.S. President Bill Clinton. In a speech, Kagame said the international community had failed Rwanda out of contempt or cowardice. Survivors gave testimony at a ceremony in the BK Arena, some breaking down as they spoke. French President Emmanuel Macron said in a video that France could have stopped the genocide with its Western and African allies but lacked the will. Flags flew at half-mast across the country, and music was banned in public places.""",
        "history",
    ),
    (
        "Alex Garland's 'Civil War' storms to top of North American box office",
        """LOS ANGELES (AP) — Alex Garland's dystopian thriller Civil War debuted at No. 1 at the North American box office over the weekend, taking an estimated $25.7 million in ticket sales, the biggest opening yet for independent studio A24. The film, starring Kirsten Dunst as a veteran war photographer travelling across a United States torn apart by fighting between the federal government and secessionist states, drew strong crowds in both red and blue states, the studio said. It cost about $50 million to make, A24's most expensive production. Reviews have been largely positive, though some critics said the film kept its politics deliberately vague. Last weekend's leader, Godzilla x Kong: The New Empire, fell to second place with $15.5 million. Analysts said the film had benefited from a quiet month for big releases.""",
        "entertainment",
    ),
    (
        "Sheinbaum wins Mexico presidency in landslide, first woman to lead country",
        """MEXICO CITY, June 3 (Reuters) - Claudia Sheinbaum won Mexico's presidential election by a landslide, according to an official quick count, becoming the first woman to lead the country in its 200-year history as an independent nation. The former Mexico City mayor won between 58.3% and 60.7% of the vote, the National Electoral Institute said early on Monday, a lead of more than 30 percentage points over her main rival Xochitl Galvez. Her ruling Morena party and its allies were also on course for a two-thirds majority in Congress. "I will not fail you," Sheinbaum told cheering supporters in the capital's main square. The peso fell more than 2% as investors weighed the prospect of constitutional changes. Sheinbaum, a climate scientist, will take office on Oct. 1. Outgoing President Andres Manuel Lopez Obrador congratulated her.""",
        "other",
    ),
    (
        "SpaceX catches Starship booster with giant mechanical arms in first attempt",
        """BOCA CHICA, Texas (AP) — SpaceX caught the returning booster of its Starship mega rocket with a pair of giant mechanical arms on the launch tower on Sunday, a first in spaceflight that engineers likened to catching a falling skyscraper. The 232-foot Super Heavy booster separated from the spacecraft a few minutes after lift-off and flew back to the pad, slowing with its engines before the arms, nicknamed chopsticks, closed around it. Employees at company headquarters erupted in cheers. The Starship upper stage continued on to a controlled splashdown in the Indian Ocean about an hour later. Elon Musk wrote that it was a big step towards making life multiplanetary. The Federal Aviation Administration had approved the launch only on Saturday. NASA plans to use a version of Starship to land astronauts on the moon later this decade.""",
        "other",
    ),
]
